module aftersales.test/cabi

go 1.19
