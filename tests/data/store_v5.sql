-- A version-5 store as main's code before schema version 7 wrote it (aftersales demo --calls 60,
-- commit 6f4cd94), dumped with sqlite3 .dump: remote contacts (solved and attempted), surveys, carry-ins
-- returned. store_v5_report.json: its October 2025 report by that code (aftersales report --json).
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE counters (
  name TEXT NOT NULL,
  period TEXT NOT NULL,
  last INTEGER NOT NULL CHECK (last >= 0),
  PRIMARY KEY (name, period)
) STRICT, WITHOUT ROWID;
INSERT INTO counters VALUES('complaint','2510',3);
INSERT INTO counters VALUES('invoice','2510',32);
INSERT INTO counters VALUES('receipt','2510',5);
INSERT INTO counters VALUES('voucher','2510',60);
CREATE TABLE customers (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  name TEXT NOT NULL CHECK (name <> ''),
  phone TEXT NOT NULL,
  address TEXT NOT NULL,
  created INTEGER NOT NULL
) STRICT;
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb2f2','customer 524','13810000524','225 Renmin Road',1759294200);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb2f5','customer 744','13810000744','145 Renmin Road',1759306320);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb2f8','customer 1119','13810001119','220 Renmin Road',1759463880);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb2fb','customer 131','13810000131','132 Renmin Road',1759563060);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb2fe','customer 718','13810000718','119 Renmin Road',1759626780);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb301','customer 852','13810000852','253 Renmin Road',1759628220);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb304','customer 363','13810000363','64 Renmin Road',1759650540);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb307','customer 570','13810000570','271 Renmin Road',1759722540);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb30a','customer 373','13810000373','74 Renmin Road',1759732380);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb30d','customer 895','13810000895','296 Renmin Road',1759733760);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb310','customer 1021','13810001021','122 Renmin Road',1759970100);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb313','customer 1483','13810001483','284 Renmin Road',1759970160);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb316','customer 781','13810000781','182 Renmin Road',1760026920);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb319','customer 1155','13810001155','256 Renmin Road',1760058300);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb31c','customer 550','13810000550','251 Renmin Road',1760073660);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb31f','customer 677','13810000677','78 Renmin Road',1760164200);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb322','customer 774','13810000774','175 Renmin Road',1760171880);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb325','customer 794','13810000794','195 Renmin Road',1760344680);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb328','customer 1258','13810001258','59 Renmin Road',1760364780);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb32b','customer 439','13810000439','140 Renmin Road',1760581800);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb32e','customer 739','13810000739','140 Renmin Road',1760585340);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb331','customer 311','13810000311','12 Renmin Road',1760595000);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb334','customer 619','13810000619','20 Renmin Road',1760596320);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb337','customer 503','13810000503','204 Renmin Road',1760755320);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb33a','customer 630','13810000630','31 Renmin Road',1760764860);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb33d','customer 209','13810000209','210 Renmin Road',1760767920);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb340','customer 1226','13810001226','27 Renmin Road',1760776800);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb343','customer 1495','13810001495','296 Renmin Road',1760786400);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb346','customer 1418','13810001418','219 Renmin Road',1760925000);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb349','customer 1012','13810001012','113 Renmin Road',1760928720);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb34c','customer 1228','13810001228','29 Renmin Road',1760931900);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb34f','customer 1455','13810001455','256 Renmin Road',1760942940);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb352','customer 632','13810000632','33 Renmin Road',1761033600);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb355','customer 1124','13810001124','225 Renmin Road',1761050640);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb358','customer 1490','13810001490','291 Renmin Road',1761055800);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb35b','customer 41','13810000041','42 Renmin Road',1761073380);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb35e','customer 304','13810000304','5 Renmin Road',1761092700);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb363','customer 1116','13810001116','217 Renmin Road',1761112800);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb366','customer 1159','13810001159','260 Renmin Road',1761113400);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb369','customer 55','13810000055','56 Renmin Road',1761118560);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb36c','customer 1090','13810001090','191 Renmin Road',1761122640);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb36f','customer 1429','13810001429','230 Renmin Road',1761123840);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb372','customer 933','13810000933','34 Renmin Road',1761185280);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb375','customer 38','13810000038','39 Renmin Road',1761191580);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb378','customer 543','13810000543','244 Renmin Road',1761267660);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb37b','customer 12','13810000012','13 Renmin Road',1761352260);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb37e','customer 280','13810000280','281 Renmin Road',1761363120);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb381','customer 617','13810000617','18 Renmin Road',1761377400);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb384','customer 1032','13810001032','133 Renmin Road',1761639660);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb387','customer 819','13810000819','220 Renmin Road',1761644820);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb38a','customer 419','13810000419','120 Renmin Road',1761712500);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb38d','customer 159','13810000159','160 Renmin Road',1761715980);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb390','customer 1160','13810001160','261 Renmin Road',1761719340);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb393','customer 423','13810000423','124 Renmin Road',1761725040);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb396','customer 333','13810000333','34 Renmin Road',1761728820);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb399','customer 1234','13810001234','35 Renmin Road',1761729540);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb39c','customer 118','13810000118','119 Renmin Road',1761885120);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb39f','customer 1377','13810001377','178 Renmin Road',1761888240);
INSERT INTO customers VALUES(X'019a47df2e0078cd8be48637868eb3a2','customer 899','13810000899','300 Renmin Road',1761898440);
CREATE TABLE stations (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  region TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;
INSERT INTO stations VALUES('city','');
INSERT INTO stations VALUES('county','');
CREATE TABLE technicians (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  name TEXT NOT NULL DEFAULT '',
  station TEXT REFERENCES stations (code)
) STRICT, WITHOUT ROWID;
INSERT INTO technicians VALUES('S01','',NULL);
INSERT INTO technicians VALUES('S02','',NULL);
INSERT INTO technicians VALUES('T01','',NULL);
INSERT INTO technicians VALUES('T02','',NULL);
INSERT INTO technicians VALUES('T03','',NULL);
INSERT INTO technicians VALUES('T04','',NULL);
INSERT INTO technicians VALUES('T05','',NULL);
INSERT INTO technicians VALUES('T06','',NULL);
INSERT INTO technicians VALUES('T07','',NULL);
INSERT INTO technicians VALUES('T08','',NULL);
INSERT INTO technicians VALUES('T09','',NULL);
INSERT INTO technicians VALUES('T10','',NULL);
CREATE TABLE units (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  customer_id BLOB NOT NULL REFERENCES customers (id),
  product TEXT NOT NULL CHECK (product <> ''),
  serial TEXT NOT NULL CHECK (serial <> ''),
  purchased TEXT NOT NULL CHECK (length(purchased) = 10),
  delivered TEXT CHECK (length(delivered) = 10),
  installed TEXT CHECK (length(installed) = 10),
  last_completed INTEGER,
  contracts INTEGER NOT NULL DEFAULT 0 CHECK (contracts >= 0)  -- kept by contracts_count: an intake skips the lookup at 0
) STRICT;
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb2f3',X'019a47df2e0078cd8be48637868eb2f2','colour_tv','colour_tv-1574','2022-02-18',NULL,NULL,1760000460,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb2f6',X'019a47df2e0078cd8be48637868eb2f5','bw_tv','bw_tv-2233','2023-10-02',NULL,NULL,1759996320,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb2f9',X'019a47df2e0078cd8be48637868eb2f8','bw_tv','bw_tv-3357','2025-08-02',NULL,NULL,1759997880,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb2fc',X'019a47df2e0078cd8be48637868eb2fb','colour_tv','colour_tv-395','2022-05-23',NULL,NULL,1760007780,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb2ff',X'019a47df2e0078cd8be48637868eb2fe','colour_tv','colour_tv-2155','2025-07-12',NULL,NULL,NULL,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb302',X'019a47df2e0078cd8be48637868eb301','colour_tv','colour_tv-2556','2022-09-14',NULL,NULL,1759991160,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb305',X'019a47df2e0078cd8be48637868eb304','colour_tv','colour_tv-1090','2025-04-27',NULL,NULL,1760073060,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb308',X'019a47df2e0078cd8be48637868eb307','bicycle','bicycle-1710','2025-03-19',NULL,NULL,1759999500,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb30b',X'019a47df2e0078cd8be48637868eb30a','bicycle','bicycle-1121','2025-08-15',NULL,NULL,1760004060,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb30e',X'019a47df2e0078cd8be48637868eb30d','colour_tv','colour_tv-2687','2025-04-04',NULL,NULL,NULL,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb311',X'019a47df2e0078cd8be48637868eb310','colour_tv','colour_tv-3063','2023-01-08',NULL,NULL,1759992240,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb314',X'019a47df2e0078cd8be48637868eb313','colour_tv','colour_tv-4449','2023-03-07',NULL,NULL,1760071680,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb317',X'019a47df2e0078cd8be48637868eb316','colour_tv','colour_tv-2345','2023-01-10',NULL,NULL,1760069700,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb31a',X'019a47df2e0078cd8be48637868eb319','colour_tv','colour_tv-3465','2023-03-09',NULL,NULL,1760410920,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb31d',X'019a47df2e0078cd8be48637868eb31c','bw_tv','bw_tv-1652','2022-01-27',NULL,NULL,1760169000,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb320',X'019a47df2e0078cd8be48637868eb31f','colour_tv','colour_tv-2032','2025-01-30',NULL,NULL,1760176740,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb323',X'019a47df2e0078cd8be48637868eb322','colour_tv','colour_tv-2323','2024-06-05',NULL,NULL,1760331480,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb326',X'019a47df2e0078cd8be48637868eb325','colour_tv','colour_tv-2384','2025-01-11',NULL,NULL,1760427420,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb329',X'019a47df2e0078cd8be48637868eb328','colour_tv','colour_tv-3774','2025-02-08',NULL,NULL,1760590200,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb32c',X'019a47df2e0078cd8be48637868eb32b','bw_tv','bw_tv-1319','2022-10-16',NULL,NULL,1760600460,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb32f',X'019a47df2e0078cd8be48637868eb32e','vcr','vcr-2219','2025-03-23',NULL,NULL,1760673960,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb332',X'019a47df2e0078cd8be48637868eb331','bw_tv','bw_tv-934','2023-09-28',NULL,NULL,1760675880,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb335',X'019a47df2e0078cd8be48637868eb334','vcr','vcr-1857','2022-08-19',NULL,NULL,1760610180,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb338',X'019a47df2e0078cd8be48637868eb337','bicycle','bicycle-1510','2024-10-18',NULL,NULL,NULL,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb33b',X'019a47df2e0078cd8be48637868eb33a','bicycle','bicycle-1890','2024-10-21',NULL,NULL,1760947200,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb33e',X'019a47df2e0078cd8be48637868eb33d','bicycle','bicycle-628','2025-03-20',NULL,NULL,1761034140,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb341',X'019a47df2e0078cd8be48637868eb340','colour_tv','colour_tv-3679','2021-12-04',NULL,NULL,1760949900,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb344',X'019a47df2e0078cd8be48637868eb343','vcr','vcr-4485','2025-04-21',NULL,NULL,NULL,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb347',X'019a47df2e0078cd8be48637868eb346','bicycle','bicycle-4256','2024-11-12',NULL,NULL,1760949360,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb34a',X'019a47df2e0078cd8be48637868eb349','colour_tv','colour_tv-3037','2022-06-25',NULL,NULL,1761012720,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb34d',X'019a47df2e0078cd8be48637868eb34c','colour_tv','colour_tv-3684','2022-09-30',NULL,NULL,1761023340,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb350',X'019a47df2e0078cd8be48637868eb34f','bw_tv','bw_tv-4366','2024-04-08',NULL,NULL,1761020100,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb353',X'019a47df2e0078cd8be48637868eb352','bw_tv','bw_tv-1896','2025-03-23',NULL,NULL,1761111120,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb356',X'019a47df2e0078cd8be48637868eb355','colour_tv','colour_tv-3374','2023-04-23',NULL,NULL,1761121440,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb359',X'019a47df2e0078cd8be48637868eb358','colour_tv','colour_tv-4471','2024-10-26',NULL,NULL,1761193260,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb35c',X'019a47df2e0078cd8be48637868eb35b','vcr','vcr-123','2024-11-01',NULL,NULL,1761199320,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb35f',X'019a47df2e0078cd8be48637868eb35e','vcr','vcr-913','2025-05-21',NULL,NULL,1761119820,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb361',X'019a47df2e0078cd8be48637868eb33a','colour_tv','colour_tv-1892','2024-08-14',NULL,NULL,1761185220,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb364',X'019a47df2e0078cd8be48637868eb363','bicycle','bicycle-3350','2025-05-07',NULL,NULL,1761187380,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb367',X'019a47df2e0078cd8be48637868eb366','vcr','vcr-3477','2024-12-18',NULL,NULL,1761210060,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb36a',X'019a47df2e0078cd8be48637868eb369','colour_tv','colour_tv-167','2022-03-20',NULL,NULL,1761189060,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb36d',X'019a47df2e0078cd8be48637868eb36c','colour_tv','colour_tv-3271','2023-10-30',NULL,NULL,1761190560,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb370',X'019a47df2e0078cd8be48637868eb36f','colour_tv','colour_tv-4288','2022-01-31',NULL,NULL,1761718020,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb373',X'019a47df2e0078cd8be48637868eb372','colour_tv','colour_tv-2800','2023-10-29',NULL,NULL,1761210660,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb376',X'019a47df2e0078cd8be48637868eb375','bicycle','bicycle-115','2023-12-18',NULL,NULL,1761213960,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb379',X'019a47df2e0078cd8be48637868eb378','bw_tv','bw_tv-1630','2021-10-30',NULL,NULL,1761291240,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb37c',X'019a47df2e0078cd8be48637868eb37b','bicycle','bicycle-36','2025-08-19',NULL,NULL,1761560880,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb37f',X'019a47df2e0078cd8be48637868eb37e','bw_tv','bw_tv-842','2024-11-07',NULL,NULL,1761554700,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb382',X'019a47df2e0078cd8be48637868eb381','vcr','vcr-1851','2025-04-26',NULL,NULL,1761621000,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb385',X'019a47df2e0078cd8be48637868eb384','colour_tv','colour_tv-3097','2025-04-14',NULL,NULL,1761722400,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb388',X'019a47df2e0078cd8be48637868eb387','vcr','vcr-2458','2023-10-29',NULL,NULL,1761883080,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb38b',X'019a47df2e0078cd8be48637868eb38a','vcr','vcr-1259','2022-04-10',NULL,NULL,1761797520,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb38e',X'019a47df2e0078cd8be48637868eb38d','bw_tv','bw_tv-477','2024-01-26',NULL,NULL,1761792900,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb391',X'019a47df2e0078cd8be48637868eb390','colour_tv','colour_tv-3481','2023-05-28',NULL,NULL,1761800580,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb394',X'019a47df2e0078cd8be48637868eb393','vcr','vcr-1271','2023-02-23',NULL,NULL,1761818100,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb397',X'019a47df2e0078cd8be48637868eb396','colour_tv','colour_tv-1001','2024-10-05',NULL,NULL,1761811680,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb39a',X'019a47df2e0078cd8be48637868eb399','colour_tv','colour_tv-3703','2025-07-16',NULL,NULL,1761811020,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb39d',X'019a47df2e0078cd8be48637868eb39c','bicycle','bicycle-356','2023-01-01',NULL,NULL,NULL,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb3a0',X'019a47df2e0078cd8be48637868eb39f','colour_tv','colour_tv-4132','2022-11-28',NULL,NULL,1761906300,0);
INSERT INTO units VALUES(X'019a47df2e0078cd8be48637868eb3a3',X'019a47df2e0078cd8be48637868eb3a2','bw_tv','bw_tv-2699','2021-11-21',NULL,NULL,NULL,0);
CREATE TABLE rules (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO rules VALUES(1,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2022-02-18: until 2023-02-20 (expired)');
INSERT INTO rules VALUES(2,'category A (paid): warranty.bw_tv.whole_unit = 1 year from invoice 2023-10-02: until 2024-10-08 (expired)');
INSERT INTO rules VALUES(3,'category C (free): warranty.bw_tv.whole_unit = 1 year from invoice 2025-08-02: until 2026-08-03');
INSERT INTO rules VALUES(4,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2022-05-23: until 2023-05-23 (expired)');
INSERT INTO rules VALUES(5,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2025-07-12: until 2026-07-13');
INSERT INTO rules VALUES(6,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2022-09-14: until 2023-09-14 (expired)');
INSERT INTO rules VALUES(7,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2025-04-27: until 2026-04-27');
INSERT INTO rules VALUES(8,'category C (free): warranty.bicycle.whole_unit = 1 year from invoice 2025-03-19: until 2026-03-19');
INSERT INTO rules VALUES(9,'category C (free): warranty.bicycle.whole_unit = 1 year from invoice 2025-08-15: until 2026-08-17');
INSERT INTO rules VALUES(10,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2025-04-04: until 2026-04-07');
INSERT INTO rules VALUES(11,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2023-01-08: until 2024-01-08 (expired)');
INSERT INTO rules VALUES(12,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2023-03-07: until 2024-03-07 (expired)');
INSERT INTO rules VALUES(13,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2023-01-10: until 2024-01-10 (expired)');
INSERT INTO rules VALUES(14,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2023-03-09: until 2024-03-11 (expired)');
INSERT INTO rules VALUES(15,'category A (paid): warranty.bw_tv.whole_unit = 1 year from invoice 2022-01-27: until 2023-01-28 (expired)');
INSERT INTO rules VALUES(16,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2025-01-30: until 2026-01-30');
INSERT INTO rules VALUES(17,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2024-06-05: until 2025-06-05 (expired)');
INSERT INTO rules VALUES(18,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2025-01-11: until 2026-01-12');
INSERT INTO rules VALUES(19,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2025-02-08: until 2026-02-09');
INSERT INTO rules VALUES(20,'category A (paid): warranty.bw_tv.whole_unit = 1 year from invoice 2022-10-16: until 2023-10-16 (expired)');
INSERT INTO rules VALUES(21,'category C (free): warranty.vcr.whole_unit = 1 year from invoice 2025-03-23: until 2026-03-23');
INSERT INTO rules VALUES(22,'category A (paid): warranty.bw_tv.whole_unit = 1 year from invoice 2023-09-28: until 2024-09-29 (expired)');
INSERT INTO rules VALUES(23,'category A (paid): warranty.vcr.whole_unit = 1 year from invoice 2022-08-19: until 2023-08-21 (expired)');
INSERT INTO rules VALUES(24,'category C (free): warranty.bicycle.whole_unit = 1 year from invoice 2024-10-18: until 2025-10-20');
INSERT INTO rules VALUES(25,'category C (free): warranty.bicycle.whole_unit = 1 year from invoice 2024-10-21: until 2025-10-21');
INSERT INTO rules VALUES(26,'category C (free): warranty.bicycle.whole_unit = 1 year from invoice 2025-03-20: until 2026-03-20');
INSERT INTO rules VALUES(27,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2021-12-04: until 2022-12-05 (expired)');
INSERT INTO rules VALUES(28,'category C (free): warranty.vcr.whole_unit = 1 year from invoice 2025-04-21: until 2026-04-21');
INSERT INTO rules VALUES(29,'category C (free): warranty.bicycle.whole_unit = 1 year from invoice 2024-11-12: until 2025-11-12');
INSERT INTO rules VALUES(30,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2022-06-25: until 2023-06-25 (expired)');
INSERT INTO rules VALUES(31,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2022-09-30: until 2023-10-07 (expired)');
INSERT INTO rules VALUES(32,'category A (paid): warranty.bw_tv.whole_unit = 1 year from invoice 2024-04-08: until 2025-04-08 (expired)');
INSERT INTO rules VALUES(33,'category C (free): warranty.bw_tv.whole_unit = 1 year from invoice 2025-03-23: until 2026-03-23');
INSERT INTO rules VALUES(34,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2023-04-23: until 2024-04-23 (expired)');
INSERT INTO rules VALUES(35,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2024-10-26: until 2025-10-27');
INSERT INTO rules VALUES(36,'category C (free): warranty.vcr.whole_unit = 1 year from invoice 2024-11-01: until 2025-11-03');
INSERT INTO rules VALUES(37,'category C (free): warranty.vcr.whole_unit = 1 year from invoice 2025-05-21: until 2026-05-21');
INSERT INTO rules VALUES(38,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2024-08-14: until 2025-08-14 (expired)');
INSERT INTO rules VALUES(39,'category C (free): warranty.bicycle.whole_unit = 1 year from invoice 2025-05-07: until 2026-05-07');
INSERT INTO rules VALUES(40,'category C (free): warranty.vcr.whole_unit = 1 year from invoice 2024-12-18: until 2025-12-18');
INSERT INTO rules VALUES(41,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2022-03-20: until 2023-03-20 (expired)');
INSERT INTO rules VALUES(42,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2023-10-30: until 2024-10-30 (expired)');
INSERT INTO rules VALUES(43,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2022-01-31: until 2023-01-31 (expired)');
INSERT INTO rules VALUES(44,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2023-10-29: until 2024-10-29 (expired)');
INSERT INTO rules VALUES(45,'category A (paid): warranty.bicycle.whole_unit = 1 year from invoice 2023-12-18: until 2024-12-18 (expired)');
INSERT INTO rules VALUES(46,'category A (paid): warranty.bw_tv.whole_unit = 1 year from invoice 2021-10-30: until 2022-10-31 (expired)');
INSERT INTO rules VALUES(47,'category C (free): warranty.bicycle.whole_unit = 1 year from invoice 2025-08-19: until 2026-08-19');
INSERT INTO rules VALUES(48,'category C (free): warranty.bw_tv.whole_unit = 1 year from invoice 2024-11-07: until 2025-11-07');
INSERT INTO rules VALUES(49,'category C (free): warranty.vcr.whole_unit = 1 year from invoice 2025-04-26: until 2026-04-27');
INSERT INTO rules VALUES(50,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2025-04-14: until 2026-04-14');
INSERT INTO rules VALUES(51,'category A (paid): warranty.vcr.whole_unit = 1 year from invoice 2023-10-29: until 2024-10-29 (expired)');
INSERT INTO rules VALUES(52,'category A (paid): warranty.vcr.whole_unit = 1 year from invoice 2022-04-10: until 2023-04-10 (expired)');
INSERT INTO rules VALUES(53,'category A (paid): warranty.bw_tv.whole_unit = 1 year from invoice 2024-01-26: until 2025-01-26 (expired)');
INSERT INTO rules VALUES(54,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2023-05-28: until 2024-05-28 (expired)');
INSERT INTO rules VALUES(55,'category A (paid): warranty.vcr.whole_unit = 1 year from invoice 2023-02-23: until 2024-02-23 (expired)');
INSERT INTO rules VALUES(56,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2024-10-05: until 2025-10-09 (expired)');
INSERT INTO rules VALUES(57,'category C (free): warranty.colour_tv.whole_unit = 1 year from invoice 2025-07-16: until 2026-07-16');
INSERT INTO rules VALUES(58,'category A (paid): warranty.bicycle.whole_unit = 1 year from invoice 2023-01-01: until 2024-01-02 (expired)');
INSERT INTO rules VALUES(59,'category A (paid): warranty.colour_tv.whole_unit = 1 year from invoice 2022-11-28: until 2023-11-28 (expired)');
INSERT INTO rules VALUES(60,'category A (paid): warranty.bw_tv.whole_unit = 1 year from invoice 2021-11-21: until 2022-11-21 (expired)');
CREATE TABLE calls (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  voucher TEXT NOT NULL UNIQUE,
  customer_id BLOB NOT NULL REFERENCES customers (id),
  unit_id BLOB NOT NULL REFERENCES units (id),
  centre TEXT NOT NULL REFERENCES stations (code),
  zone TEXT NOT NULL,
  address TEXT NOT NULL,
  phone TEXT NOT NULL,
  fault TEXT NOT NULL,
  cause TEXT,
  internal INTEGER NOT NULL CHECK (internal IN (0, 1)),
  received INTEGER NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('paid', 'contract', 'free', 'internal')),
  category_rule INTEGER NOT NULL REFERENCES rules (id),
  deadline INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('registered', 'dispatched', 'on_site', 'completed', 'carried_in', 'returned')),
  technician TEXT REFERENCES technicians (code),
  dispatched INTEGER,
  arrived INTEGER,
  completed INTEGER,
  sla_met INTEGER CHECK (sla_met IN (0, 1)),
  signed_off INTEGER CHECK (signed_off IN (0, 1)),
  revisited INTEGER NOT NULL DEFAULT 0 CHECK (revisited IN (0, 1)),
  external_id TEXT CHECK (external_id <> ''),  -- the record's id in the system it was imported from
  -- The provisional year (statutory holidays only, make-up days not yet
  -- published) the deadline was counted over, and so the SLA verdict
  -- (arrived <= deadline) too; NULL when it leaned on published dates only.
  -- A store opened with a calendar that publishes that year recomputes the row.
  deadline_provisional INTEGER CHECK (deadline_provisional BETWEEN 1970 AND 2199), revisited_at INTEGER CHECK ((revisited = 1) = (revisited_at IS NOT NULL)), surveyed_at INTEGER,
  CHECK (dispatched IS NULL OR dispatched >= received),
  CHECK (arrived IS NULL OR arrived >= dispatched),
  CHECK (completed IS NULL OR completed >= arrived)
) STRICT;
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb2f4','V2510-000001',X'019a47df2e0078cd8be48637868eb2f2',X'019a47df2e0078cd8be48637868eb2f3','county','suburban','225 Renmin Road','13810000524','no picture',NULL,0,1759294200,'paid',1,1760000400,'completed','T10',1759974900,1759997220,1760000460,1,1,0,NULL,NULL,NULL,1760133660);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb2f7','V2510-000002',X'019a47df2e0078cd8be48637868eb2f5',X'019a47df2e0078cd8be48637868eb2f6','city','urban','145 Renmin Road','13810000744','no picture',NULL,0,1759306320,'paid',2,1760002920,'completed','T06',1759985700,1759990860,1759996320,1,1,0,NULL,NULL,NULL,1760133120);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb2fa','V2510-000003',X'019a47df2e0078cd8be48637868eb2f8',X'019a47df2e0078cd8be48637868eb2f9','city','urban','220 Renmin Road','13810001119','no picture',NULL,0,1759463880,'free',3,1759996800,'completed','T03',1759975620,1759992180,1759997880,1,1,0,NULL,NULL,NULL,1760073480);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb2fd','V2510-000004',X'019a47df2e0078cd8be48637868eb2fb',X'019a47df2e0078cd8be48637868eb2fc','city','urban','132 Renmin Road','13810000131','does not start',NULL,0,1759563060,'paid',4,1760058540,'completed','T06',1759986420,1760002380,1760007780,1,1,0,NULL,NULL,NULL,1760115780);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb300','V2510-000005',X'019a47df2e0078cd8be48637868eb2fe',X'019a47df2e0078cd8be48637868eb2ff','city','urban','119 Renmin Road','13810000718','no picture',NULL,0,1759626780,'free',5,1759996800,'registered',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,1760127060);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb303','V2510-000006',X'019a47df2e0078cd8be48637868eb301',X'019a47df2e0078cd8be48637868eb302','city','urban','253 Renmin Road','13810000852','no picture',NULL,0,1759628220,'paid',6,1759996800,'completed','T06',1759976460,1759987200,1759991160,1,1,0,NULL,NULL,NULL,1760135160);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb306','V2510-000007',X'019a47df2e0078cd8be48637868eb304',X'019a47df2e0078cd8be48637868eb305','county','suburban','64 Renmin Road','13810000363','no picture',NULL,0,1759650540,'free',7,1760000400,'returned','T07',1759974120,1759997460,1760073060,1,1,0,NULL,NULL,NULL,1760253060);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb309','V2510-000008',X'019a47df2e0078cd8be48637868eb307',X'019a47df2e0078cd8be48637868eb308','county','suburban','271 Renmin Road','13810000570','no picture',NULL,0,1759722540,'free',8,1760000400,'completed','T10',1759972200,1759997460,1759999500,1,1,0,NULL,NULL,NULL,1760154300);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb30c','V2510-000009',X'019a47df2e0078cd8be48637868eb30a',X'019a47df2e0078cd8be48637868eb30b','county','suburban','74 Renmin Road','13810000373','no picture',NULL,0,1759732380,'free',9,1760000400,'completed','T07',1759974960,1759995180,1760004060,1,1,0,NULL,NULL,NULL,1760162460);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb30f','V2510-000010',X'019a47df2e0078cd8be48637868eb30d',X'019a47df2e0078cd8be48637868eb30e','city','urban','296 Renmin Road','13810000895','does not start',NULL,0,1759733760,'free',10,1759996800,'registered',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,1760115660);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb312','V2510-000011',X'019a47df2e0078cd8be48637868eb310',X'019a47df2e0078cd8be48637868eb311','county','suburban','122 Renmin Road','13810001021','no picture',NULL,0,1759970100,'paid',11,1760000400,'completed','T09',1759975920,1759987440,1759992240,1,1,0,NULL,NULL,NULL,1760165040);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb315','V2510-000012',X'019a47df2e0078cd8be48637868eb313',X'019a47df2e0078cd8be48637868eb314','county','suburban','284 Renmin Road','13810001483','no picture',NULL,0,1759970160,'paid',12,1760000400,'completed','T09',1759975740,1760064300,1760071680,0,1,0,NULL,NULL,NULL,NULL);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb318','V2510-000013',X'019a47df2e0078cd8be48637868eb316',X'019a47df2e0078cd8be48637868eb317','city','urban','182 Renmin Road','13810000781','no picture',NULL,0,1760026920,'paid',13,1760083200,'completed','T01',1760062380,1760065740,1760069700,1,1,0,NULL,NULL,NULL,1760228100);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb31b','V2510-000014',X'019a47df2e0078cd8be48637868eb319',X'019a47df2e0078cd8be48637868eb31a','city','urban','256 Renmin Road','13810001155','no picture',NULL,0,1760058300,'paid',14,1760083500,'returned','T03',1760060220,1760066400,1760410920,1,1,0,NULL,NULL,NULL,1760522520);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb31e','V2510-000015',X'019a47df2e0078cd8be48637868eb31c',X'019a47df2e0078cd8be48637868eb31d','county','suburban','251 Renmin Road','13810000550','does not start',NULL,0,1760073660,'paid',15,1760152860,'completed','T09',1760078460,1760164320,1760169000,0,1,0,NULL,NULL,NULL,1760309400);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb321','V2510-000016',X'019a47df2e0078cd8be48637868eb31f',X'019a47df2e0078cd8be48637868eb320','city','urban','78 Renmin Road','13810000677','no picture',NULL,0,1760164200,'free',16,1760326200,'completed','T03',1760169420,1760171940,1760176740,1,1,0,NULL,NULL,NULL,1760353140);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb324','V2510-000017',X'019a47df2e0078cd8be48637868eb322',X'019a47df2e0078cd8be48637868eb323','city','urban','175 Renmin Road','13810000774','no picture',NULL,0,1760171880,'paid',17,1760337480,'completed','T06',1760176260,1760327220,1760331480,1,1,0,NULL,NULL,NULL,1760428680);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb327','V2510-000018',X'019a47df2e0078cd8be48637868eb325',X'019a47df2e0078cd8be48637868eb326','county','suburban','195 Renmin Road','13810000794','no picture',NULL,0,1760344680,'free',18,1760427480,'completed','T07',1760348760,1760421420,1760427420,1,1,0,NULL,NULL,NULL,1760557020);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb32a','V2510-000019',X'019a47df2e0078cd8be48637868eb328',X'019a47df2e0078cd8be48637868eb329','city','urban','59 Renmin Road','13810001258','does not start',NULL,0,1760364780,'free',19,1760428800,'returned','T05',1760407680,1760497320,1760590200,0,1,0,NULL,NULL,NULL,1760669400);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb32d','V2510-000020',X'019a47df2e0078cd8be48637868eb32b',X'019a47df2e0078cd8be48637868eb32c','city','urban','140 Renmin Road','13810000439','no picture',NULL,0,1760581800,'paid',20,1760607000,'completed','T03',1760584200,1760596080,1760600460,1,1,0,NULL,NULL,NULL,1760683260);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb330','V2510-000021',X'019a47df2e0078cd8be48637868eb32e',X'019a47df2e0078cd8be48637868eb32f','county','suburban','140 Renmin Road','13810000739','does not start',NULL,0,1760585340,'free',21,1760668140,'completed','T10',1760588940,1760665200,1760673960,1,1,0,NULL,NULL,NULL,1760839560);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb333','V2510-000022',X'019a47df2e0078cd8be48637868eb331',X'019a47df2e0078cd8be48637868eb332','county','suburban','12 Renmin Road','13810000311','does not start',NULL,0,1760595000,'paid',22,1760677800,'completed','T10',1760595420,1760668320,1760675880,1,1,0,NULL,NULL,NULL,1760809080);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb336','V2510-000023',X'019a47df2e0078cd8be48637868eb334',X'019a47df2e0078cd8be48637868eb335','city','urban','20 Renmin Road','13810000619','no picture',NULL,0,1760596320,'paid',23,1760671920,'completed','T06',1760596680,1760607480,1760610180,1,1,0,NULL,NULL,NULL,1760750580);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb339','V2510-000024',X'019a47df2e0078cd8be48637868eb337',X'019a47df2e0078cd8be48637868eb338','city','urban','204 Renmin Road','13810000503','does not start',NULL,0,1760755320,'free',24,1760947200,'registered',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,1761083580);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb33c','V2510-000025',X'019a47df2e0078cd8be48637868eb33a',X'019a47df2e0078cd8be48637868eb33b','county','suburban','31 Renmin Road','13810000630','no picture',NULL,0,1760764860,'free',25,1760950800,'completed','T08',1760926020,1760942040,1760947200,1,1,0,NULL,NULL,NULL,1761058800);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb33f','V2510-000026',X'019a47df2e0078cd8be48637868eb33d',X'019a47df2e0078cd8be48637868eb33e','county','suburban','210 Renmin Road','13810000209','does not start',NULL,0,1760767920,'free',26,1761009240,'completed','T08',1760937000,1761027900,1761034140,0,1,0,NULL,NULL,NULL,1761192540);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb342','V2510-000027',X'019a47df2e0078cd8be48637868eb340',X'019a47df2e0078cd8be48637868eb341','city','urban','27 Renmin Road','13810001226','does not start',NULL,0,1760776800,'paid',27,1760947200,'completed','T05',1760922780,1760943780,1760949900,1,1,0,NULL,NULL,NULL,1761021900);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb345','V2510-000028',X'019a47df2e0078cd8be48637868eb343',X'019a47df2e0078cd8be48637868eb344','city','urban','296 Renmin Road','13810001495','no picture',NULL,0,1760786400,'free',28,1760947200,'registered',NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,1761070080);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb348','V2510-000029',X'019a47df2e0078cd8be48637868eb346',X'019a47df2e0078cd8be48637868eb347','county','suburban','219 Renmin Road','13810001418','no picture',NULL,0,1760925000,'free',29,1760953800,'completed','T09',1760925960,1760946360,1760949360,1,1,0,NULL,NULL,NULL,1761100560);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb34b','V2510-000030',X'019a47df2e0078cd8be48637868eb349',X'019a47df2e0078cd8be48637868eb34a','county','suburban','113 Renmin Road','13810001012','does not start',NULL,0,1760928720,'paid',30,1761011520,'completed','T07',1760931720,1761010260,1761012720,1,1,0,NULL,NULL,NULL,NULL);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb34e','V2510-000031',X'019a47df2e0078cd8be48637868eb34c',X'019a47df2e0078cd8be48637868eb34d','city','urban','29 Renmin Road','13810001228','no picture',NULL,0,1760931900,'paid',31,1761017520,'completed','T06',1760944080,1761018660,1761023340,0,1,0,NULL,NULL,NULL,1761127740);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb351','V2510-000032',X'019a47df2e0078cd8be48637868eb34f',X'019a47df2e0078cd8be48637868eb350','city','urban','256 Renmin Road','13810001455','no picture',NULL,0,1760942940,'paid',32,1761018540,'completed','T06',1760947020,1761012240,1761020100,1,1,0,NULL,NULL,NULL,1761167700);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb354','V2510-000033',X'019a47df2e0078cd8be48637868eb352',X'019a47df2e0078cd8be48637868eb353','city','urban','33 Renmin Road','13810000632','no picture',NULL,0,1761033600,'free',33,1761112800,'completed','T01',1761034980,1761103140,1761111120,1,1,0,NULL,NULL,NULL,1761208320);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb357','V2510-000034',X'019a47df2e0078cd8be48637868eb355',X'019a47df2e0078cd8be48637868eb356','city','urban','225 Renmin Road','13810001124','does not start',NULL,0,1761050640,'paid',34,1761120000,'completed','T02',1761097200,1761116100,1761121440,1,1,0,NULL,NULL,NULL,1761247440);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb35a','V2510-000035',X'019a47df2e0078cd8be48637868eb358',X'019a47df2e0078cd8be48637868eb359','city','urban','291 Renmin Road','13810001490','does not start',NULL,0,1761055800,'free',35,1761120000,'completed','T06',1761098220,1761186180,1761193260,0,1,0,NULL,NULL,NULL,1761326460);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb35d','V2510-000036',X'019a47df2e0078cd8be48637868eb35b',X'019a47df2e0078cd8be48637868eb35c','county','suburban','42 Renmin Road','13810000041','no picture',NULL,0,1761073380,'free',36,1761123600,'completed','T08',1761095280,1761191940,1761199320,0,1,0,NULL,NULL,NULL,1761354120);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb360','V2510-000037',X'019a47df2e0078cd8be48637868eb35e',X'019a47df2e0078cd8be48637868eb35f','city','urban','5 Renmin Road','13810000304','no picture',NULL,0,1761092700,'free',37,1761120000,'completed','T05',1761096900,1761117900,1761119820,1,1,0,NULL,NULL,NULL,1761245820);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb362','V2510-000038',X'019a47df2e0078cd8be48637868eb33a',X'019a47df2e0078cd8be48637868eb361','city','urban','31 Renmin Road','13810000630','no picture',NULL,0,1761111120,'paid',38,1761186720,'completed','T01',1761115980,1761183300,1761185220,1,1,0,NULL,NULL,NULL,1761296820);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb365','V2510-000039',X'019a47df2e0078cd8be48637868eb363',X'019a47df2e0078cd8be48637868eb364','county','suburban','217 Renmin Road','13810001116','no picture',NULL,0,1761112800,'free',39,1761192000,'completed','T08',1761115560,1761183720,1761187380,1,1,0,NULL,NULL,NULL,1761309780);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb368','V2510-000040',X'019a47df2e0078cd8be48637868eb366',X'019a47df2e0078cd8be48637868eb367','city','urban','260 Renmin Road','13810001159','no picture',NULL,0,1761113400,'free',40,1761189000,'completed','T05',1761114000,1761204180,1761210060,0,1,0,NULL,NULL,NULL,1761382860);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb36b','V2510-000041',X'019a47df2e0078cd8be48637868eb369',X'019a47df2e0078cd8be48637868eb36a','county','suburban','56 Renmin Road','13810000055','does not start',NULL,0,1761118560,'paid',41,1761203820,'completed','T09',1761123060,1761186420,1761189060,1,1,0,NULL,NULL,NULL,1761268260);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb36e','V2510-000042',X'019a47df2e0078cd8be48637868eb36c',X'019a47df2e0078cd8be48637868eb36d','county','suburban','191 Renmin Road','13810001090','does not start',NULL,0,1761122640,'paid',42,1761205440,'completed','T07',1761123360,1761188040,1761190560,1,1,0,NULL,NULL,NULL,1761294960);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb371','V2510-000043',X'019a47df2e0078cd8be48637868eb36f',X'019a47df2e0078cd8be48637868eb370','county','suburban','230 Renmin Road','13810001429','no picture',NULL,0,1761123840,'paid',43,1761206640,'returned','T09',1761125580,1761211980,1761718020,0,1,0,NULL,NULL,NULL,1761883620);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb374','V2510-000044',X'019a47df2e0078cd8be48637868eb372',X'019a47df2e0078cd8be48637868eb373','city','urban','34 Renmin Road','13810000933','does not start',NULL,0,1761185280,'paid',44,1761210480,'completed','T02',1761186660,1761205620,1761210660,1,1,0,NULL,NULL,NULL,1761336660);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb377','V2510-000045',X'019a47df2e0078cd8be48637868eb375',X'019a47df2e0078cd8be48637868eb376','city','urban','39 Renmin Road','13810000038','no picture',NULL,0,1761191580,'paid',45,1761270780,'completed','T04',1761195480,1761210300,1761213960,1,1,0,NULL,NULL,NULL,1761325560);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb37a','V2510-000046',X'019a47df2e0078cd8be48637868eb378',X'019a47df2e0078cd8be48637868eb379','city','urban','244 Renmin Road','13810000543','no picture',NULL,0,1761267660,'paid',46,1761292860,'completed','T05',1761272520,1761288600,1761291240,1,1,0,NULL,NULL,NULL,1761431640);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb37d','V2510-000047',X'019a47df2e0078cd8be48637868eb37b',X'019a47df2e0078cd8be48637868eb37c','county','suburban','13 Renmin Road','13810000012','no picture',NULL,0,1761352260,'free',47,1761618240,'completed','T07',1761536820,1761552900,1761560880,1,1,0,NULL,NULL,NULL,1761654480);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb380','V2510-000048',X'019a47df2e0078cd8be48637868eb37e',X'019a47df2e0078cd8be48637868eb37f','city','urban','281 Renmin Road','13810000280','no picture',NULL,0,1761363120,'free',48,1761552000,'completed','T01',1761530700,1761546120,1761554700,1,1,0,NULL,NULL,NULL,1761641100);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb383','V2510-000049',X'019a47df2e0078cd8be48637868eb381',X'019a47df2e0078cd8be48637868eb382','county','suburban','18 Renmin Road','13810000617','does not start',NULL,0,1761377400,'free',49,1761555600,'completed','T10',1761529020,1761617880,1761621000,0,1,0,NULL,NULL,NULL,1761790200);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb386','V2510-000050',X'019a47df2e0078cd8be48637868eb384',X'019a47df2e0078cd8be48637868eb385','city','urban','133 Renmin Road','13810001032','no picture',NULL,0,1761639660,'free',50,1761718860,'completed','T02',1761641820,1761718200,1761722400,1,1,0,NULL,NULL,NULL,1761884400);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb389','V2510-000051',X'019a47df2e0078cd8be48637868eb387',X'019a47df2e0078cd8be48637868eb388','city','urban','220 Renmin Road','13810000819','no picture',NULL,0,1761644820,'paid',51,1761724020,'returned','T06',1761648960,1761717300,1761883080,1,1,0,NULL,NULL,NULL,1762041480);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb38c','V2510-000052',X'019a47df2e0078cd8be48637868eb38a',X'019a47df2e0078cd8be48637868eb38b','city','urban','120 Renmin Road','13810000419','does not start',NULL,0,1761712500,'paid',52,1761802020,'completed','T05',1761727380,1761795180,1761797520,1,1,0,NULL,NULL,NULL,NULL);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb38f','V2510-000053',X'019a47df2e0078cd8be48637868eb38d',X'019a47df2e0078cd8be48637868eb38e','city','urban','160 Renmin Road','13810000159','does not start',NULL,0,1761715980,'paid',53,1761791580,'completed','T04',1761716640,1761790740,1761792900,1,1,0,NULL,NULL,NULL,1761954900);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb392','V2510-000054',X'019a47df2e0078cd8be48637868eb390',X'019a47df2e0078cd8be48637868eb391','county','suburban','261 Renmin Road','13810001160','does not start',NULL,0,1761719340,'paid',54,1761811380,'completed','T08',1761737160,1761795120,1761800580,1,1,0,NULL,NULL,NULL,1761955380);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb395','V2510-000055',X'019a47df2e0078cd8be48637868eb393',X'019a47df2e0078cd8be48637868eb394','county','suburban','124 Renmin Road','13810000423','no picture',NULL,0,1761725040,'paid',55,1761807840,'completed','T07',1761728160,1761810000,1761818100,0,1,0,NULL,NULL,NULL,1761915300);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb398','V2510-000056',X'019a47df2e0078cd8be48637868eb396',X'019a47df2e0078cd8be48637868eb397','city','urban','34 Renmin Road','13810000333','no picture',NULL,0,1761728820,'paid',56,1761808020,'completed','T06',1761733740,1761804660,1761811680,1,1,0,NULL,NULL,NULL,1761923280);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb39b','V2510-000057',X'019a47df2e0078cd8be48637868eb399',X'019a47df2e0078cd8be48637868eb39a','city','urban','35 Renmin Road','13810001234','does not start',NULL,0,1761729540,'free',57,1761808740,'completed','T05',1761734400,1761802140,1761811020,1,1,0,NULL,NULL,NULL,1761940620);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb39e','V2510-000058',X'019a47df2e0078cd8be48637868eb39c',X'019a47df2e0078cd8be48637868eb39d','county','suburban','119 Renmin Road','13810000118','does not start',NULL,0,1761885120,'paid',58,1762138800,'dispatched','T10',1761890280,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,NULL);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb3a1','V2510-000059',X'019a47df2e0078cd8be48637868eb39f',X'019a47df2e0078cd8be48637868eb3a0','city','urban','178 Renmin Road','13810001377','does not start',NULL,0,1761888240,'paid',59,1762136640,'completed','T05',1761893640,1761901260,1761906300,1,1,0,NULL,NULL,NULL,1762075500);
INSERT INTO calls VALUES(X'019a47df2e0078cd8be48637868eb3a4','V2510-000060',X'019a47df2e0078cd8be48637868eb3a2',X'019a47df2e0078cd8be48637868eb3a3','city','urban','300 Renmin Road','13810000899','no picture',NULL,0,1761898440,'paid',60,1762150440,'dispatched','T01',1761902160,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,NULL);
CREATE TABLE pauses (
  id INTEGER PRIMARY KEY,
  call_id BLOB NOT NULL REFERENCES calls (id),
  start INTEGER NOT NULL,
  end INTEGER CHECK (end IS NULL OR end >= start),
  reason TEXT NOT NULL
) STRICT;
INSERT INTO pauses VALUES(1,X'019a47df2e0078cd8be48637868eb2f7',1759976280,1759985700,'customer not at home');
INSERT INTO pauses VALUES(2,X'019a47df2e0078cd8be48637868eb2fd',1759975080,1759986420,'customer not at home');
INSERT INTO pauses VALUES(3,X'019a47df2e0078cd8be48637868eb33f',1760928960,1760937000,'customer not at home');
INSERT INTO pauses VALUES(4,X'019a47df2e0078cd8be48637868eb34e',1760937660,1760944080,'customer not at home');
INSERT INTO pauses VALUES(5,X'019a47df2e0078cd8be48637868eb36b',1761120060,1761122520,'customer not at home');
INSERT INTO pauses VALUES(6,X'019a47df2e0078cd8be48637868eb37d',1761528180,1761536820,'customer not at home');
INSERT INTO pauses VALUES(7,X'019a47df2e0078cd8be48637868eb38c',1761718560,1761727380,'customer not at home');
INSERT INTO pauses VALUES(8,X'019a47df2e0078cd8be48637868eb392',1761722760,1761737160,'customer not at home');
CREATE TABLE carry_ins (
  call_id BLOB PRIMARY KEY REFERENCES calls (id),
  receipt TEXT NOT NULL UNIQUE,
  taken INTEGER NOT NULL,
  promised TEXT NOT NULL CHECK (length(promised) = 10),
  returned INTEGER CHECK (returned IS NULL OR returned >= taken),
  signed_off INTEGER CHECK (signed_off IN (0, 1))
, inspected_by TEXT REFERENCES technicians (code), inspected INTEGER, voided INTEGER) STRICT, WITHOUT ROWID;
INSERT INTO carry_ins VALUES(X'019a47df2e0078cd8be48637868eb306','R2510-00001',1760002140,'2025-10-13',1760073060,1,'S02',1760071260,1760073060);
INSERT INTO carry_ins VALUES(X'019a47df2e0078cd8be48637868eb31b','R2510-00002',1760070840,'2025-10-14',1760410920,1,'S01',1760409120,1760410920);
INSERT INTO carry_ins VALUES(X'019a47df2e0078cd8be48637868eb32a','R2510-00003',1760500320,'2025-10-20',1760590200,1,'S01',1760588400,1760590200);
INSERT INTO carry_ins VALUES(X'019a47df2e0078cd8be48637868eb371','R2510-00004',1761217500,'2025-10-28',1761718020,1,'S02',1761716220,1761718020);
INSERT INTO carry_ins VALUES(X'019a47df2e0078cd8be48637868eb389','R2510-00005',1761724200,'2025-11-03',1761883080,1,'S01',1761881280,1761883080);
CREATE TABLE goods_log (
  id INTEGER PRIMARY KEY,
  call_id BLOB NOT NULL REFERENCES carry_ins (call_id),
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  at INTEGER NOT NULL
) STRICT;
INSERT INTO goods_log VALUES(1,X'019a47df2e0078cd8be48637868eb306','in',1760002140);
INSERT INTO goods_log VALUES(2,X'019a47df2e0078cd8be48637868eb306','out',1760073060);
INSERT INTO goods_log VALUES(3,X'019a47df2e0078cd8be48637868eb31b','in',1760070840);
INSERT INTO goods_log VALUES(4,X'019a47df2e0078cd8be48637868eb31b','out',1760410920);
INSERT INTO goods_log VALUES(5,X'019a47df2e0078cd8be48637868eb32a','in',1760500320);
INSERT INTO goods_log VALUES(6,X'019a47df2e0078cd8be48637868eb32a','out',1760590200);
INSERT INTO goods_log VALUES(7,X'019a47df2e0078cd8be48637868eb371','in',1761217500);
INSERT INTO goods_log VALUES(8,X'019a47df2e0078cd8be48637868eb371','out',1761718020);
INSERT INTO goods_log VALUES(9,X'019a47df2e0078cd8be48637868eb389','in',1761724200);
INSERT INTO goods_log VALUES(10,X'019a47df2e0078cd8be48637868eb389','out',1761883080);
CREATE TABLE labour_lines (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  call_id BLOB NOT NULL REFERENCES calls (id),
  technician TEXT NOT NULL REFERENCES technicians (code),
  work_date TEXT NOT NULL CHECK (length(work_date) = 10),
  seconds INTEGER NOT NULL CHECK (seconds > 0),
  category TEXT NOT NULL,
  description TEXT NOT NULL
) STRICT;
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3a5',X'019a47df2e0078cd8be48637868eb2f4','T10','2025-10-09',3240,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3aa',X'019a47df2e0078cd8be48637868eb2f7','T06','2025-10-09',5460,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3af',X'019a47df2e0078cd8be48637868eb2fa','T03','2025-10-09',5700,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3b2',X'019a47df2e0078cd8be48637868eb2fd','T06','2025-10-09',5400,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3b8',X'019a47df2e0078cd8be48637868eb303','T06','2025-10-09',3960,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3bc',X'019a47df2e0078cd8be48637868eb306','T07','2025-10-09',3300,'free','diagnosis');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3c0',X'019a47df2e0078cd8be48637868eb309','T10','2025-10-09',2040,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3c3',X'019a47df2e0078cd8be48637868eb30c','T07','2025-10-09',8880,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3c7',X'019a47df2e0078cd8be48637868eb312','T09','2025-10-09',4800,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3cb',X'019a47df2e0078cd8be48637868eb315','T09','2025-10-10',7380,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3cf',X'019a47df2e0078cd8be48637868eb318','T01','2025-10-10',3960,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3d4',X'019a47df2e0078cd8be48637868eb31b','T03','2025-10-10',5940,'paid','diagnosis');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3d9',X'019a47df2e0078cd8be48637868eb31e','T09','2025-10-11',4680,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3dc',X'019a47df2e0078cd8be48637868eb321','T03','2025-10-11',4800,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3df',X'019a47df2e0078cd8be48637868eb324','T06','2025-10-13',4260,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3e4',X'019a47df2e0078cd8be48637868eb327','T07','2025-10-14',6000,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3e7',X'019a47df2e0078cd8be48637868eb32a','T05','2025-10-15',2040,'free','diagnosis');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3ec',X'019a47df2e0078cd8be48637868eb32d','T03','2025-10-16',4380,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3ef',X'019a47df2e0078cd8be48637868eb330','T10','2025-10-17',8760,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3f2',X'019a47df2e0078cd8be48637868eb333','T10','2025-10-17',7560,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3f6',X'019a47df2e0078cd8be48637868eb336','T06','2025-10-16',2700,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3fb',X'019a47df2e0078cd8be48637868eb33c','T08','2025-10-20',5160,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb3fe',X'019a47df2e0078cd8be48637868eb33f','T08','2025-10-21',6240,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb402',X'019a47df2e0078cd8be48637868eb342','T05','2025-10-20',6120,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb406',X'019a47df2e0078cd8be48637868eb348','T09','2025-10-20',3000,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb40a',X'019a47df2e0078cd8be48637868eb34b','T07','2025-10-21',2460,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb40d',X'019a47df2e0078cd8be48637868eb34e','T06','2025-10-21',4680,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb410',X'019a47df2e0078cd8be48637868eb351','T06','2025-10-21',7860,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb413',X'019a47df2e0078cd8be48637868eb354','T01','2025-10-22',7980,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb417',X'019a47df2e0078cd8be48637868eb357','T02','2025-10-22',5340,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb41b',X'019a47df2e0078cd8be48637868eb35a','T06','2025-10-23',7080,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb41f',X'019a47df2e0078cd8be48637868eb35d','T08','2025-10-23',7380,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb422',X'019a47df2e0078cd8be48637868eb360','T05','2025-10-22',1920,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb425',X'019a47df2e0078cd8be48637868eb362','T01','2025-10-23',1920,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb429',X'019a47df2e0078cd8be48637868eb365','T08','2025-10-23',3660,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb42c',X'019a47df2e0078cd8be48637868eb368','T05','2025-10-23',5880,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb42f',X'019a47df2e0078cd8be48637868eb36b','T09','2025-10-23',2640,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb433',X'019a47df2e0078cd8be48637868eb36e','T07','2025-10-23',2520,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb436',X'019a47df2e0078cd8be48637868eb371','T09','2025-10-23',6840,'paid','diagnosis');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb43b',X'019a47df2e0078cd8be48637868eb374','T02','2025-10-23',5040,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb43e',X'019a47df2e0078cd8be48637868eb377','T04','2025-10-23',3660,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb442',X'019a47df2e0078cd8be48637868eb37a','T05','2025-10-24',2640,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb445',X'019a47df2e0078cd8be48637868eb37d','T07','2025-10-27',7980,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb448',X'019a47df2e0078cd8be48637868eb380','T01','2025-10-27',8580,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb44b',X'019a47df2e0078cd8be48637868eb383','T10','2025-10-28',3120,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb44f',X'019a47df2e0078cd8be48637868eb386','T02','2025-10-29',4200,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb452',X'019a47df2e0078cd8be48637868eb389','T06','2025-10-29',3900,'paid','diagnosis');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb456',X'019a47df2e0078cd8be48637868eb38c','T05','2025-10-30',2340,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb459',X'019a47df2e0078cd8be48637868eb38f','T04','2025-10-30',2160,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb45d',X'019a47df2e0078cd8be48637868eb392','T08','2025-10-30',5460,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb461',X'019a47df2e0078cd8be48637868eb395','T07','2025-10-30',8100,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb466',X'019a47df2e0078cd8be48637868eb398','T06','2025-10-30',7020,'paid','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb469',X'019a47df2e0078cd8be48637868eb39b','T05','2025-10-30',8880,'free','repaired on site');
INSERT INTO labour_lines VALUES(X'019a47df2e0078cd8be48637868eb46d',X'019a47df2e0078cd8be48637868eb3a1','T05','2025-10-31',5040,'paid','repaired on site');
CREATE TABLE parts_lines (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  call_id BLOB NOT NULL REFERENCES calls (id),
  part TEXT NOT NULL CHECK (part <> ''),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0)
) STRICT;
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb3a6',X'019a47df2e0078cd8be48637868eb2f4','fuse',1,6600);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb3ab',X'019a47df2e0078cd8be48637868eb2f7','fuse',1,6000);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb3b3',X'019a47df2e0078cd8be48637868eb2fd','fuse',1,7900);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb3bd',X'019a47df2e0078cd8be48637868eb306','flyback transformer',1,25500);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb3cc',X'019a47df2e0078cd8be48637868eb315','fuse',1,6700);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb3d5',X'019a47df2e0078cd8be48637868eb31b','flyback transformer',1,53400);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb3e0',X'019a47df2e0078cd8be48637868eb324','fuse',1,7500);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb3e8',X'019a47df2e0078cd8be48637868eb32a','flyback transformer',1,23400);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb3ff',X'019a47df2e0078cd8be48637868eb33f','fuse',1,200000);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb407',X'019a47df2e0078cd8be48637868eb348','fuse',1,2000);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb414',X'019a47df2e0078cd8be48637868eb354','fuse',1,4500);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb418',X'019a47df2e0078cd8be48637868eb357','fuse',1,2400);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb41c',X'019a47df2e0078cd8be48637868eb35a','main board',1,6500);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb430',X'019a47df2e0078cd8be48637868eb36b','fuse',1,200000);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb437',X'019a47df2e0078cd8be48637868eb371','main board',1,25900);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb43f',X'019a47df2e0078cd8be48637868eb377','fuse',1,3400);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb44c',X'019a47df2e0078cd8be48637868eb383','fuse',1,600);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb453',X'019a47df2e0078cd8be48637868eb389','main board',1,43700);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb457',X'019a47df2e0078cd8be48637868eb38c','fuse',1,7300);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb462',X'019a47df2e0078cd8be48637868eb395','fuse',1,5000);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb46a',X'019a47df2e0078cd8be48637868eb39b','fuse',1,4500);
INSERT INTO parts_lines VALUES(X'019a47df2e0078cd8be48637868eb46e',X'019a47df2e0078cd8be48637868eb3a1','fuse',1,5400);
CREATE TABLE complaints (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  number TEXT NOT NULL UNIQUE,
  original_number TEXT REFERENCES complaints (number),
  call_id BLOB REFERENCES calls (id),
  kind TEXT NOT NULL CHECK (kind IN ('quality', 'non_quality', 'service', 'suggestion')),
  severity TEXT NOT NULL CHECK (severity IN ('serious', 'general')),
  market TEXT NOT NULL CHECK (market IN ('domestic', 'foreign')),
  dispute TEXT,
  received INTEGER NOT NULL,
  accepted INTEGER NOT NULL CHECK (accepted >= received),
  stage TEXT NOT NULL,
  closed INTEGER,
  invalid INTEGER NOT NULL DEFAULT 0 CHECK (invalid IN (0, 1))
, survey_id BLOB REFERENCES surveys (id)) STRICT;
INSERT INTO complaints VALUES(X'019a47df2e0078cd8be48637868eb3d3','2510-01',NULL,X'019a47df2e0078cd8be48637868eb318','service','general','domestic',NULL,1760235300,1760235300,'acceptance',NULL,0,X'019a47df2e0078cd8be48637868eb3d2');
INSERT INTO complaints VALUES(X'019a47df2e0078cd8be48637868eb3eb','2510-02',NULL,X'019a47df2e0078cd8be48637868eb32a','service','general','domestic',NULL,1760676600,1760676600,'acceptance',NULL,0,X'019a47df2e0078cd8be48637868eb3ea');
INSERT INTO complaints VALUES(X'019a47df2e0078cd8be48637868eb43a','2510-03',NULL,X'019a47df2e0078cd8be48637868eb371','quality','general','domestic',NULL,1761761220,1761761220,'rnd',NULL,0,NULL);
CREATE TABLE complaint_steps (
  complaint_id BLOB NOT NULL REFERENCES complaints (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('advance', 'invalid', 'responsibility')),
  at INTEGER,
  detail TEXT NOT NULL,
  PRIMARY KEY (complaint_id, seq)
) STRICT, WITHOUT ROWID;
INSERT INTO complaint_steps VALUES(X'019a47df2e0078cd8be48637868eb43a',1,'advance',1761802440,'');
INSERT INTO complaint_steps VALUES(X'019a47df2e0078cd8be48637868eb43a',2,'advance',1761886800,'');
INSERT INTO complaint_steps VALUES(X'019a47df2e0078cd8be48637868eb43a',3,'advance',1762136340,'');
CREATE TABLE returns (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  complaint_id BLOB NOT NULL REFERENCES complaints (id),
  kind TEXT NOT NULL CHECK (kind IN ('allowance', 'compensation', 'return', 'rework')),
  approved INTEGER NOT NULL CHECK (approved >= 0),
  actual INTEGER NOT NULL CHECK (actual >= 0),
  tolerance_ppm INTEGER,
  decision TEXT NOT NULL CHECK (decision IN ('accept', 'flag')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  recorded INTEGER NOT NULL
) STRICT;
CREATE TABLE penalty_events (
  seq INTEGER PRIMARY KEY,
  person TEXT NOT NULL CHECK (person <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('charge', 'settle')),
  month TEXT NOT NULL CHECK (length(month) = 7),
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  case_number TEXT,
  deducted_fen INTEGER,
  carried_fen INTEGER,
  CHECK ((kind = 'charge') = (case_number IS NOT NULL))
) STRICT;
INSERT INTO penalty_events VALUES(1,'T01','settle','2025-10',307800,NULL,0,0);
INSERT INTO penalty_events VALUES(2,'T02','settle','2025-10',199400,NULL,0,0);
INSERT INTO penalty_events VALUES(3,'T03','settle','2025-10',347300,NULL,0,0);
INSERT INTO penalty_events VALUES(4,'T04','settle','2025-10',351200,NULL,0,0);
INSERT INTO penalty_events VALUES(5,'T05','settle','2025-10',160200,NULL,0,0);
INSERT INTO penalty_events VALUES(6,'T06','settle','2025-10',260400,NULL,0,0);
INSERT INTO penalty_events VALUES(7,'T07','settle','2025-10',317800,NULL,0,0);
INSERT INTO penalty_events VALUES(8,'T08','settle','2025-10',385100,NULL,0,0);
INSERT INTO penalty_events VALUES(9,'T09','settle','2025-10',388400,NULL,0,0);
INSERT INTO penalty_events VALUES(10,'T10','settle','2025-10',281200,NULL,0,0);
CREATE TABLE contracts (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  number TEXT NOT NULL UNIQUE CHECK (number <> ''),
  unit_id BLOB NOT NULL REFERENCES units (id),
  kind TEXT NOT NULL CHECK (kind IN ('maintenance', 'extended')),
  start TEXT CHECK (length(start) = 10),
  end TEXT CHECK (length(end) = 10),
  years INTEGER CHECK (years BETWEEN 1 AND 100),
  extra_causes TEXT NOT NULL DEFAULT '[]',
  successor TEXT REFERENCES contracts (number),
  CHECK ((kind = 'maintenance') = (start IS NOT NULL AND end IS NOT NULL AND years IS NULL))
) STRICT;
CREATE TABLE expiry_notices (
  contract_id BLOB PRIMARY KEY REFERENCES contracts (id),
  issued_on TEXT NOT NULL CHECK (length(issued_on) = 10)
) STRICT, WITHOUT ROWID;
CREATE TABLE budgets (
  centre TEXT NOT NULL REFERENCES stations (code),
  month TEXT NOT NULL CHECK (length(month) = 7),
  kind TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  PRIMARY KEY (centre, month, kind)
) STRICT, WITHOUT ROWID;
CREATE TABLE costs (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  centre TEXT NOT NULL REFERENCES stations (code),
  month TEXT NOT NULL CHECK (length(month) = 7),
  kind TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  note TEXT NOT NULL,
  recorded INTEGER NOT NULL
) STRICT;
CREATE TABLE properties (
  name TEXT PRIMARY KEY CHECK (name <> ''),
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO properties VALUES('made_by','aftersales demo');
CREATE TABLE homes (
  unit_id BLOB PRIMARY KEY REFERENCES units (id) CHECK (length(unit_id) = 16),
  design_life_years INTEGER CHECK (design_life_years BETWEEN 1 AND 100),
  repairer TEXT CHECK (repairer <> ''),
  recorded INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE housing_notices (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  unit_id BLOB NOT NULL REFERENCES homes (unit_id),
  part TEXT NOT NULL CHECK (part <> ''),
  ends TEXT NOT NULL CHECK (length(ends) = 10),
  guarantee TEXT NOT NULL CHECK (guarantee IN ('owner', 'contractor')),
  issued_on TEXT NOT NULL CHECK (length(issued_on) = 10),
  issued_at INTEGER NOT NULL,
  UNIQUE (unit_id, part)
) STRICT;
CREATE TABLE bills (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  call_id BLOB NOT NULL UNIQUE REFERENCES calls (id),
  category TEXT NOT NULL CHECK (category IN ('paid', 'contract', 'free', 'internal')),
  billed_at INTEGER NOT NULL,
  -- (十): none (nothing charged), collected on the spot, or an invoice due
  -- on due_on (the completion's or, (十三), the goods' return's local date).
  settlement TEXT NOT NULL CHECK (settlement IN ('none', 'on_the_spot', 'invoice')),
  due_on TEXT CHECK (length(due_on) = 10),
  total_fen INTEGER NOT NULL CHECK (total_fen >= 0),
  value_fen INTEGER NOT NULL CHECK (value_fen >= total_fen),
  invoice_number TEXT UNIQUE CHECK (invoice_number <> ''),
  invoiced_on TEXT CHECK (length(invoiced_on) = 10),
  invoiced_at INTEGER,
  CHECK ((settlement = 'invoice') = (due_on IS NOT NULL)),
  CHECK ((invoice_number IS NULL) = (invoiced_on IS NULL) AND (invoice_number IS NULL) = (invoiced_at IS NULL))
) STRICT;
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3a7',X'019a47df2e0078cd8be48637868eb2f4','paid',1760001060,'invoice','2025-10-09',48600,48600,'I2510-00001','2025-10-09',1760007600);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3ac',X'019a47df2e0078cd8be48637868eb2f7','paid',1759996920,'invoice','2025-10-09',48000,48000,'I2510-00002','2025-10-09',1760001600);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3b0',X'019a47df2e0078cd8be48637868eb2fa','free',1759998480,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3b4',X'019a47df2e0078cd8be48637868eb2fd','paid',1760008380,'invoice','2025-10-09',49900,49900,'I2510-00003','2025-10-09',1760013900);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3b9',X'019a47df2e0078cd8be48637868eb303','paid',1759991760,'invoice','2025-10-09',42000,42000,'I2510-00004','2025-10-09',1759998300);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3be',X'019a47df2e0078cd8be48637868eb306','free',1760073660,'none',NULL,0,67500,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3c1',X'019a47df2e0078cd8be48637868eb309','free',1760000100,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3c4',X'019a47df2e0078cd8be48637868eb30c','free',1760004660,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3c8',X'019a47df2e0078cd8be48637868eb312','paid',1759992840,'invoice','2025-10-09',42000,42000,'I2510-00005','2025-10-09',1759994700);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3cd',X'019a47df2e0078cd8be48637868eb315','paid',1760072280,'invoice','2025-10-10',48700,48700,'I2510-00006','2025-10-10',1760076360);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3d0',X'019a47df2e0078cd8be48637868eb318','paid',1760070300,'invoice','2025-10-10',42000,42000,'I2510-00007','2025-10-10',1760073300);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3d6',X'019a47df2e0078cd8be48637868eb31b','paid',1760411520,'invoice','2025-10-14',95400,95400,'I2510-00008','2025-10-14',1760418060);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3da',X'019a47df2e0078cd8be48637868eb31e','paid',1760169600,'invoice','2025-10-11',42000,42000,'I2510-00009','2025-10-11',1760175660);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3dd',X'019a47df2e0078cd8be48637868eb321','free',1760177340,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3e1',X'019a47df2e0078cd8be48637868eb324','paid',1760332080,'invoice','2025-10-13',49500,49500,'I2510-00010','2025-10-13',1760336580);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3e5',X'019a47df2e0078cd8be48637868eb327','free',1760428020,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3e9',X'019a47df2e0078cd8be48637868eb32a','free',1760590800,'none',NULL,0,65400,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3ed',X'019a47df2e0078cd8be48637868eb32d','paid',1760601060,'invoice','2025-10-16',42000,42000,'I2510-00011','2025-10-16',1760607120);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3f0',X'019a47df2e0078cd8be48637868eb330','free',1760674560,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3f3',X'019a47df2e0078cd8be48637868eb333','paid',1760676480,'invoice','2025-10-17',42000,42000,'I2510-00012','2025-10-17',1760679420);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3f7',X'019a47df2e0078cd8be48637868eb336','paid',1760610780,'invoice','2025-10-16',42000,42000,'I2510-00013','2025-10-16',1760614500);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb3fc',X'019a47df2e0078cd8be48637868eb33c','free',1760947800,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb400',X'019a47df2e0078cd8be48637868eb33f','free',1761034740,'none',NULL,0,242000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb403',X'019a47df2e0078cd8be48637868eb342','paid',1760950500,'invoice','2025-10-20',42000,42000,'I2510-00014','2025-10-20',1760957520);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb408',X'019a47df2e0078cd8be48637868eb348','free',1760949960,'none',NULL,0,44000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb40b',X'019a47df2e0078cd8be48637868eb34b','paid',1761013320,'invoice','2025-10-21',42000,42000,'I2510-00015','2025-10-21',1761020220);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb40e',X'019a47df2e0078cd8be48637868eb34e','paid',1761023940,'invoice','2025-10-21',42000,42000,'I2510-00016','2025-10-21',1761024600);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb411',X'019a47df2e0078cd8be48637868eb351','paid',1761020700,'invoice','2025-10-21',42000,42000,'I2510-00017','2025-10-21',1761025680);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb415',X'019a47df2e0078cd8be48637868eb354','free',1761111720,'none',NULL,0,46500,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb419',X'019a47df2e0078cd8be48637868eb357','paid',1761122040,'invoice','2025-10-22',44400,44400,'I2510-00018','2025-10-22',1761123120);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb41d',X'019a47df2e0078cd8be48637868eb35a','free',1761193860,'none',NULL,0,48500,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb420',X'019a47df2e0078cd8be48637868eb35d','free',1761199920,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb423',X'019a47df2e0078cd8be48637868eb360','free',1761120420,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb426',X'019a47df2e0078cd8be48637868eb362','paid',1761185820,'invoice','2025-10-23',42000,42000,'I2510-00019','2025-10-24',1761257820);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb42a',X'019a47df2e0078cd8be48637868eb365','free',1761187980,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb42d',X'019a47df2e0078cd8be48637868eb368','free',1761210660,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb431',X'019a47df2e0078cd8be48637868eb36b','paid',1761189660,'invoice','2025-10-23',242000,242000,'I2510-00020','2025-10-23',1761196080);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb434',X'019a47df2e0078cd8be48637868eb36e','paid',1761191160,'invoice','2025-10-23',42000,42000,'I2510-00021','2025-10-23',1761197400);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb438',X'019a47df2e0078cd8be48637868eb371','paid',1761718620,'invoice','2025-10-29',67900,67900,'I2510-00022','2025-10-29',1761720600);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb43c',X'019a47df2e0078cd8be48637868eb374','paid',1761211260,'invoice','2025-10-23',42000,42000,'I2510-00023','2025-10-23',1761212280);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb440',X'019a47df2e0078cd8be48637868eb377','paid',1761214560,'invoice','2025-10-23',45400,45400,'I2510-00024','2025-10-23',1761218040);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb443',X'019a47df2e0078cd8be48637868eb37a','paid',1761291840,'invoice','2025-10-24',42000,42000,'I2510-00025','2025-10-24',1761296100);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb446',X'019a47df2e0078cd8be48637868eb37d','free',1761561480,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb449',X'019a47df2e0078cd8be48637868eb380','free',1761555300,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb44d',X'019a47df2e0078cd8be48637868eb383','free',1761621600,'none',NULL,0,42600,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb450',X'019a47df2e0078cd8be48637868eb386','free',1761723000,'none',NULL,0,42000,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb454',X'019a47df2e0078cd8be48637868eb389','paid',1761883680,'invoice','2025-10-31',85700,85700,'I2510-00026','2025-10-31',1761889020);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb458',X'019a47df2e0078cd8be48637868eb38c','paid',1761798120,'invoice','2025-10-30',49300,49300,'I2510-00027','2025-10-30',1761800760);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb45a',X'019a47df2e0078cd8be48637868eb38f','paid',1761793500,'invoice','2025-10-30',42000,42000,'I2510-00028','2025-10-30',1761795120);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb45e',X'019a47df2e0078cd8be48637868eb392','paid',1761801180,'invoice','2025-10-30',42000,42000,'I2510-00029','2025-10-30',1761807720);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb463',X'019a47df2e0078cd8be48637868eb395','paid',1761818700,'invoice','2025-10-30',47000,47000,'I2510-00030','2025-10-30',1761824700);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb467',X'019a47df2e0078cd8be48637868eb398','paid',1761812280,'invoice','2025-10-30',42000,42000,'I2510-00031','2025-10-30',1761814020);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb46b',X'019a47df2e0078cd8be48637868eb39b','free',1761811620,'none',NULL,0,46500,NULL,NULL,NULL);
INSERT INTO bills VALUES(X'019a47df2e0078cd8be48637868eb46f',X'019a47df2e0078cd8be48637868eb3a1','paid',1761906900,'invoice','2025-10-31',47400,47400,'I2510-00032','2025-10-31',1761908040);
CREATE TABLE bill_lines (
  bill_id BLOB NOT NULL REFERENCES bills (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('call_out', 'labour', 'part')),
  description TEXT NOT NULL,
  source_id BLOB CHECK (length(source_id) = 16),  -- the labour or parts line copied; NULL: call-out, a job's labour
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  seconds INTEGER CHECK (seconds > 0),             -- labour worked
  unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),  -- per hour, per job, per part, per visit
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  charged INTEGER NOT NULL CHECK (charged IN (0, 1)),  -- billed to the customer (else valued only)
  PRIMARY KEY (bill_id, seq)
) STRICT, WITHOUT ROWID;
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3a7',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3a7',2,'labour','repair job (1 labour line)',NULL,1,3240,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3a7',3,'part','fuse',X'019a47df2e0078cd8be48637868eb3a6',1,NULL,6600,6600,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3ac',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3ac',2,'labour','repair job (1 labour line)',NULL,1,5460,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3ac',3,'part','fuse',X'019a47df2e0078cd8be48637868eb3ab',1,NULL,6000,6000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3b0',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3b0',2,'labour','repair job (1 labour line)',NULL,1,5700,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3b4',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3b4',2,'labour','repair job (1 labour line)',NULL,1,5400,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3b4',3,'part','fuse',X'019a47df2e0078cd8be48637868eb3b3',1,NULL,7900,7900,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3b9',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3b9',2,'labour','repair job (1 labour line)',NULL,1,3960,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3be',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3be',2,'labour','repair job (1 labour line)',NULL,1,3300,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3be',3,'part','flyback transformer',X'019a47df2e0078cd8be48637868eb3bd',1,NULL,25500,25500,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3c1',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3c1',2,'labour','repair job (1 labour line)',NULL,1,2040,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3c4',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3c4',2,'labour','repair job (1 labour line)',NULL,1,8880,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3c8',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3c8',2,'labour','repair job (1 labour line)',NULL,1,4800,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3cd',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3cd',2,'labour','repair job (1 labour line)',NULL,1,7380,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3cd',3,'part','fuse',X'019a47df2e0078cd8be48637868eb3cc',1,NULL,6700,6700,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3d0',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3d0',2,'labour','repair job (1 labour line)',NULL,1,3960,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3d6',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3d6',2,'labour','repair job (1 labour line)',NULL,1,5940,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3d6',3,'part','flyback transformer',X'019a47df2e0078cd8be48637868eb3d5',1,NULL,53400,53400,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3da',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3da',2,'labour','repair job (1 labour line)',NULL,1,4680,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3dd',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3dd',2,'labour','repair job (1 labour line)',NULL,1,4800,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3e1',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3e1',2,'labour','repair job (1 labour line)',NULL,1,4260,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3e1',3,'part','fuse',X'019a47df2e0078cd8be48637868eb3e0',1,NULL,7500,7500,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3e5',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3e5',2,'labour','repair job (1 labour line)',NULL,1,6000,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3e9',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3e9',2,'labour','repair job (1 labour line)',NULL,1,2040,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3e9',3,'part','flyback transformer',X'019a47df2e0078cd8be48637868eb3e8',1,NULL,23400,23400,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3ed',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3ed',2,'labour','repair job (1 labour line)',NULL,1,4380,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3f0',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3f0',2,'labour','repair job (1 labour line)',NULL,1,8760,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3f3',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3f3',2,'labour','repair job (1 labour line)',NULL,1,7560,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3f7',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3f7',2,'labour','repair job (1 labour line)',NULL,1,2700,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3fc',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb3fc',2,'labour','repair job (1 labour line)',NULL,1,5160,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb400',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb400',2,'labour','repair job (1 labour line)',NULL,1,6240,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb400',3,'part','fuse',X'019a47df2e0078cd8be48637868eb3ff',1,NULL,200000,200000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb403',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb403',2,'labour','repair job (1 labour line)',NULL,1,6120,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb408',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb408',2,'labour','repair job (1 labour line)',NULL,1,3000,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb408',3,'part','fuse',X'019a47df2e0078cd8be48637868eb407',1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb40b',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb40b',2,'labour','repair job (1 labour line)',NULL,1,2460,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb40e',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb40e',2,'labour','repair job (1 labour line)',NULL,1,4680,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb411',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb411',2,'labour','repair job (1 labour line)',NULL,1,7860,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb415',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb415',2,'labour','repair job (1 labour line)',NULL,1,7980,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb415',3,'part','fuse',X'019a47df2e0078cd8be48637868eb414',1,NULL,4500,4500,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb419',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb419',2,'labour','repair job (1 labour line)',NULL,1,5340,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb419',3,'part','fuse',X'019a47df2e0078cd8be48637868eb418',1,NULL,2400,2400,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb41d',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb41d',2,'labour','repair job (1 labour line)',NULL,1,7080,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb41d',3,'part','main board',X'019a47df2e0078cd8be48637868eb41c',1,NULL,6500,6500,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb420',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb420',2,'labour','repair job (1 labour line)',NULL,1,7380,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb423',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb423',2,'labour','repair job (1 labour line)',NULL,1,1920,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb426',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb426',2,'labour','repair job (1 labour line)',NULL,1,1920,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb42a',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb42a',2,'labour','repair job (1 labour line)',NULL,1,3660,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb42d',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb42d',2,'labour','repair job (1 labour line)',NULL,1,5880,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb431',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb431',2,'labour','repair job (1 labour line)',NULL,1,2640,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb431',3,'part','fuse',X'019a47df2e0078cd8be48637868eb430',1,NULL,200000,200000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb434',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb434',2,'labour','repair job (1 labour line)',NULL,1,2520,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb438',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb438',2,'labour','repair job (1 labour line)',NULL,1,6840,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb438',3,'part','main board',X'019a47df2e0078cd8be48637868eb437',1,NULL,25900,25900,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb43c',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb43c',2,'labour','repair job (1 labour line)',NULL,1,5040,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb440',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb440',2,'labour','repair job (1 labour line)',NULL,1,3660,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb440',3,'part','fuse',X'019a47df2e0078cd8be48637868eb43f',1,NULL,3400,3400,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb443',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb443',2,'labour','repair job (1 labour line)',NULL,1,2640,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb446',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb446',2,'labour','repair job (1 labour line)',NULL,1,7980,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb449',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb449',2,'labour','repair job (1 labour line)',NULL,1,8580,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb44d',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb44d',2,'labour','repair job (1 labour line)',NULL,1,3120,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb44d',3,'part','fuse',X'019a47df2e0078cd8be48637868eb44c',1,NULL,600,600,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb450',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb450',2,'labour','repair job (1 labour line)',NULL,1,4200,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb454',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb454',2,'labour','repair job (1 labour line)',NULL,1,3900,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb454',3,'part','main board',X'019a47df2e0078cd8be48637868eb453',1,NULL,43700,43700,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb458',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb458',2,'labour','repair job (1 labour line)',NULL,1,2340,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb458',3,'part','fuse',X'019a47df2e0078cd8be48637868eb457',1,NULL,7300,7300,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb45a',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb45a',2,'labour','repair job (1 labour line)',NULL,1,2160,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb45e',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb45e',2,'labour','repair job (1 labour line)',NULL,1,5460,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb463',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb463',2,'labour','repair job (1 labour line)',NULL,1,8100,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb463',3,'part','fuse',X'019a47df2e0078cd8be48637868eb462',1,NULL,5000,5000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb467',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb467',2,'labour','repair job (1 labour line)',NULL,1,7020,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb46b',1,'call_out','call-out',NULL,1,NULL,2000,2000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb46b',2,'labour','repair job (1 labour line)',NULL,1,8880,40000,40000,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb46b',3,'part','fuse',X'019a47df2e0078cd8be48637868eb46a',1,NULL,4500,4500,0);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb46f',1,'call_out','call-out',NULL,1,NULL,2000,2000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb46f',2,'labour','repair job (1 labour line)',NULL,1,5040,40000,40000,1);
INSERT INTO bill_lines VALUES(X'019a47df2e0078cd8be48637868eb46f',3,'part','fuse',X'019a47df2e0078cd8be48637868eb46e',1,NULL,5400,5400,1);
CREATE TABLE payments (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  bill_id BLOB NOT NULL REFERENCES bills (id),
  method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'transfer')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  paid_at INTEGER NOT NULL,
  recorded INTEGER NOT NULL
) STRICT;
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3a8',X'019a47df2e0078cd8be48637868eb3a7','transfer',48600,1760443200,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3ad',X'019a47df2e0078cd8be48637868eb3ac','transfer',48000,1760908800,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3b5',X'019a47df2e0078cd8be48637868eb3b4','transfer',49900,1761489900,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3ba',X'019a47df2e0078cd8be48637868eb3b9','card',42000,1761416700,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3c9',X'019a47df2e0078cd8be48637868eb3c8','transfer',42000,1760768700,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3ce',X'019a47df2e0078cd8be48637868eb3cd','transfer',48700,1761343560,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3d1',X'019a47df2e0078cd8be48637868eb3d0','card',42000,1761279300,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3d7',X'019a47df2e0078cd8be48637868eb3d6','transfer',95400,1761267660,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3e2',X'019a47df2e0078cd8be48637868eb3e1','transfer',49500,1760404980,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3f4',X'019a47df2e0078cd8be48637868eb3f3','card',42000,1761115020,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb3f8',X'019a47df2e0078cd8be48637868eb3f7','transfer',42000,1761111300,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb40c',X'019a47df2e0078cd8be48637868eb40b','card',42000,1761178620,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb427',X'019a47df2e0078cd8be48637868eb426','transfer',42000,1761527820,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb45b',X'019a47df2e0078cd8be48637868eb45a','card',42000,1761949920,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb45f',X'019a47df2e0078cd8be48637868eb45e','card',42000,1762027320,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb464',X'019a47df2e0078cd8be48637868eb463','card',47000,1761997500,1762142400);
INSERT INTO payments VALUES(X'019a47df2e0078cd8be48637868eb470',X'019a47df2e0078cd8be48637868eb46f','transfer',47400,1761980040,1762142400);
CREATE TABLE remote_contacts (
  call_id BLOB PRIMARY KEY REFERENCES calls (id) CHECK (length(call_id) = 16),
  received INTEGER NOT NULL,
  technician TEXT NOT NULL REFERENCES technicians (code),
  method TEXT NOT NULL CHECK (method IN ('phone', 'remote')),
  first_response INTEGER NOT NULL CHECK (first_response >= received),
  resolved INTEGER CHECK (resolved IS NULL OR resolved >= first_response),
  recorded INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO remote_contacts VALUES(X'019a47df2e0078cd8be48637868eb300',1759626780,'T06','phone',1759973580,1759979460,1762142400);
INSERT INTO remote_contacts VALUES(X'019a47df2e0078cd8be48637868eb303',1759628220,'T06','phone',1759975080,NULL,1762142400);
INSERT INTO remote_contacts VALUES(X'019a47df2e0078cd8be48637868eb30f',1759733760,'T03','phone',1759974840,1759982460,1762142400);
INSERT INTO remote_contacts VALUES(X'019a47df2e0078cd8be48637868eb339',1760755320,'T01','remote',1760924760,1760932380,1762142400);
INSERT INTO remote_contacts VALUES(X'019a47df2e0078cd8be48637868eb345',1760786400,'T03','phone',1760922960,1760926080,1762142400);
CREATE TABLE supervisors (
  centre TEXT NOT NULL REFERENCES stations (code),
  technician TEXT NOT NULL REFERENCES technicians (code),
  appointed INTEGER NOT NULL,
  PRIMARY KEY (centre, technician)
) STRICT, WITHOUT ROWID;
INSERT INTO supervisors VALUES('city','S01',1762142400);
INSERT INTO supervisors VALUES('county','S02',1762142400);
CREATE TABLE IF NOT EXISTS "surveys" (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  call_id BLOB NOT NULL UNIQUE REFERENCES calls (id),
  month INTEGER NOT NULL,
  technician TEXT REFERENCES technicians (code),
  respondent TEXT NOT NULL CHECK (respondent <> ''),
  attitude INTEGER NOT NULL CHECK (attitude BETWEEN 1 AND 4),
  skill INTEGER NOT NULL CHECK (skill BETWEEN 1 AND 4),
  arrival INTEGER NOT NULL CHECK (arrival BETWEEN 1 AND 4),
  promise INTEGER NOT NULL CHECK (promise BETWEEN 1 AND 4),
  recorded INTEGER NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  complaint_id BLOB REFERENCES complaints (id),
  CHECK (technician IS NULL OR respondent <> technician)
) STRICT;
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3a9',X'019a47df2e0078cd8be48637868eb2f4',202510,'T10','customer',3,2,4,4,1760133660,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3ae',X'019a47df2e0078cd8be48637868eb2f7',202510,'T06','customer',4,3,3,3,1760133120,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3b1',X'019a47df2e0078cd8be48637868eb2fa',202510,'T03','customer',4,3,3,3,1760073480,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3b6',X'019a47df2e0078cd8be48637868eb2fd',202510,'T06','customer',4,3,4,4,1760115780,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3b7',X'019a47df2e0078cd8be48637868eb300',202510,NULL,'customer',3,2,3,3,1760127060,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3bb',X'019a47df2e0078cd8be48637868eb303',202510,'T06','customer',4,4,4,3,1760135160,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3bf',X'019a47df2e0078cd8be48637868eb306',202510,'T07','customer',4,3,4,3,1760253060,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3c2',X'019a47df2e0078cd8be48637868eb309',202510,'T10','customer',2,4,3,4,1760154300,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3c5',X'019a47df2e0078cd8be48637868eb30c',202510,'T07','customer',3,4,4,3,1760162460,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3c6',X'019a47df2e0078cd8be48637868eb30f',202510,NULL,'customer',4,4,4,1,1760115660,'not satisfied',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3ca',X'019a47df2e0078cd8be48637868eb312',202510,'T09','customer',3,2,4,3,1760165040,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3d2',X'019a47df2e0078cd8be48637868eb318',202510,'T01','customer',4,1,4,4,1760228100,'not satisfied',X'019a47df2e0078cd8be48637868eb3d3');
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3d8',X'019a47df2e0078cd8be48637868eb31b',202510,'T03','customer',2,3,3,3,1760522520,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3db',X'019a47df2e0078cd8be48637868eb31e',202510,'T09','customer',3,3,4,3,1760309400,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3de',X'019a47df2e0078cd8be48637868eb321',202510,'T03','customer',3,3,4,3,1760353140,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3e3',X'019a47df2e0078cd8be48637868eb324',202510,'T06','customer',3,3,4,4,1760428680,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3e6',X'019a47df2e0078cd8be48637868eb327',202510,'T07','customer',3,3,4,3,1760557020,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3ea',X'019a47df2e0078cd8be48637868eb32a',202510,'T05','customer',3,3,1,3,1760669400,'waited too long',X'019a47df2e0078cd8be48637868eb3eb');
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3ee',X'019a47df2e0078cd8be48637868eb32d',202510,'T03','customer',4,1,3,3,1760683260,'not satisfied',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3f1',X'019a47df2e0078cd8be48637868eb330',202510,'T10','customer',3,3,3,4,1760839560,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3f5',X'019a47df2e0078cd8be48637868eb333',202510,'T10','customer',3,4,3,3,1760809080,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3f9',X'019a47df2e0078cd8be48637868eb336',202510,'T06','customer',3,4,3,3,1760750580,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3fa',X'019a47df2e0078cd8be48637868eb339',202510,NULL,'customer',3,3,3,4,1761083580,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb3fd',X'019a47df2e0078cd8be48637868eb33c',202510,'T08','customer',4,3,3,3,1761058800,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb401',X'019a47df2e0078cd8be48637868eb33f',202510,'T08','customer',4,1,1,4,1761192540,'waited too long',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb404',X'019a47df2e0078cd8be48637868eb342',202510,'T05','customer',4,2,4,4,1761021900,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb405',X'019a47df2e0078cd8be48637868eb345',202510,NULL,'customer',3,3,3,4,1761070080,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb409',X'019a47df2e0078cd8be48637868eb348',202510,'T09','customer',3,1,4,4,1761100560,'not satisfied',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb40f',X'019a47df2e0078cd8be48637868eb34e',202510,'T06','customer',3,4,2,3,1761127740,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb412',X'019a47df2e0078cd8be48637868eb351',202510,'T06','customer',3,3,2,3,1761167700,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb416',X'019a47df2e0078cd8be48637868eb354',202510,'T01','customer',3,3,4,3,1761208320,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb41a',X'019a47df2e0078cd8be48637868eb357',202510,'T02','customer',4,4,3,4,1761247440,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb41e',X'019a47df2e0078cd8be48637868eb35a',202510,'T06','customer',3,3,2,3,1761326460,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb421',X'019a47df2e0078cd8be48637868eb35d',202510,'T08','customer',3,4,4,3,1761354120,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb424',X'019a47df2e0078cd8be48637868eb360',202510,'T05','customer',3,3,4,3,1761245820,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb428',X'019a47df2e0078cd8be48637868eb362',202510,'T01','customer',4,3,3,3,1761296820,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb42b',X'019a47df2e0078cd8be48637868eb365',202510,'T08','customer',3,4,3,1,1761309780,'not satisfied',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb42e',X'019a47df2e0078cd8be48637868eb368',202510,'T05','customer',4,3,4,3,1761382860,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb432',X'019a47df2e0078cd8be48637868eb36b',202510,'T09','customer',2,4,3,4,1761268260,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb435',X'019a47df2e0078cd8be48637868eb36e',202510,'T07','customer',4,3,3,3,1761294960,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb439',X'019a47df2e0078cd8be48637868eb371',202510,'T09','customer',3,3,3,3,1761883620,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb43d',X'019a47df2e0078cd8be48637868eb374',202510,'T02','customer',4,4,4,4,1761336660,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb441',X'019a47df2e0078cd8be48637868eb377',202510,'T04','customer',4,3,4,3,1761325560,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb444',X'019a47df2e0078cd8be48637868eb37a',202510,'T05','customer',1,4,4,3,1761431640,'not satisfied',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb447',X'019a47df2e0078cd8be48637868eb37d',202510,'T07','customer',4,4,3,2,1761654480,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb44a',X'019a47df2e0078cd8be48637868eb380',202510,'T01','customer',3,4,3,3,1761641100,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb44e',X'019a47df2e0078cd8be48637868eb383',202510,'T10','customer',3,3,1,3,1761790200,'waited too long',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb451',X'019a47df2e0078cd8be48637868eb386',202510,'T02','customer',3,3,3,3,1761884400,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb455',X'019a47df2e0078cd8be48637868eb389',202510,'T06','customer',4,1,4,4,1762041480,'not satisfied',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb45c',X'019a47df2e0078cd8be48637868eb38f',202510,'T04','customer',2,3,4,4,1761954900,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb460',X'019a47df2e0078cd8be48637868eb392',202510,'T08','customer',3,4,3,4,1761955380,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb465',X'019a47df2e0078cd8be48637868eb395',202510,'T07','customer',3,3,4,4,1761915300,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb468',X'019a47df2e0078cd8be48637868eb398',202510,'T06','customer',4,3,3,3,1761923280,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb46c',X'019a47df2e0078cd8be48637868eb39b',202510,'T05','customer',3,4,4,4,1761940620,'',NULL);
INSERT INTO surveys VALUES(X'019a47df2e0078cd8be48637868eb471',X'019a47df2e0078cd8be48637868eb3a1',202510,'T05','customer',3,4,1,3,1762075500,'not satisfied',NULL);
CREATE UNIQUE INDEX customers_name_phone ON customers (name, phone);
CREATE UNIQUE INDEX units_product_serial ON units (product, serial);
CREATE INDEX calls_unit ON calls (unit_id, received);
CREATE INDEX calls_dispatched ON calls (dispatched, received);
CREATE UNIQUE INDEX calls_external_id ON calls (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX calls_provisional ON calls (deadline_provisional) WHERE deadline_provisional IS NOT NULL;
CREATE INDEX pauses_call ON pauses (call_id);
CREATE INDEX pauses_end ON pauses (end);
CREATE INDEX labour_day ON labour_lines (work_date, technician);
CREATE INDEX parts_call ON parts_lines (call_id);
CREATE INDEX complaints_open ON complaints (closed);
CREATE INDEX complaints_received ON complaints (received);
CREATE INDEX penalty_person ON penalty_events (person, seq);
CREATE INDEX contracts_unit ON contracts (unit_id);
CREATE TRIGGER contracts_count AFTER INSERT ON contracts BEGIN
  UPDATE units SET contracts = contracts + 1 WHERE id = NEW.unit_id;
END;
CREATE INDEX costs_month ON costs (month, centre);
CREATE INDEX housing_notices_issued ON housing_notices (issued_on);
CREATE INDEX bills_billed ON bills (billed_at);
CREATE INDEX bills_invoiced ON bills (invoiced_at) WHERE invoiced_at IS NOT NULL;
CREATE INDEX payments_bill ON payments (bill_id, paid_at);
CREATE INDEX payments_paid ON payments (paid_at);
CREATE INDEX remote_contacts_received ON remote_contacts (received);
CREATE INDEX carry_ins_open ON carry_ins (promised) WHERE returned IS NULL;
CREATE INDEX surveys_month ON surveys (month, technician);
CREATE INDEX surveys_recorded ON surveys (recorded);
CREATE INDEX calls_received ON calls (received, zone, centre, technician, deadline, arrived, sla_met, completed, state,
                                      revisited_at, deadline_provisional, dispatched, surveyed_at);
COMMIT;
PRAGMA application_id = 1632859747;
PRAGMA user_version = 5;
