"""Housing guarantees (data/policies/housing.json) from Python: per part the
later of the owner's guarantee from handover (商品住宅实行住宅质量保证书和住宅使用说明书
制度的规定 1998 art. 5; 商品房销售管理办法 art. 33) and the contractor's from
completion acceptance (建设工程质量管理条例 art. 40)."""
from datetime import date

import pytest

import aftersales as af

HOUSING = af.WarrantyPolicy.housing()


@pytest.mark.parametrize(
    "part, handover, until, guarantee",
    [
        # Completed 2020-06-30. Handed over 2020-09-01: art. 40's periods outlast the 1998 minimums.
        ("roof_waterproofing", date(2020, 9, 1), date(2025, 6, 30), "contractor"),  # art. 40(二) 5 years
        ("wall_floor_basement_leaks", date(2020, 9, 1), date(2025, 6, 30), "contractor"),  # art. 40(二) 5 years
        ("pipe_leaks", date(2020, 9, 1), date(2022, 6, 30), "contractor"),  # art. 40(四) 2 years
        ("lamps_switches", date(2020, 9, 1), date(2022, 6, 30), "contractor"),  # art. 40(四) 2 years
        # Handed over 2023-03-01: what remains of art. 40 is shorter than the 1998 minimum.
        ("roof_waterproofing", date(2023, 3, 1), date(2026, 3, 1), "owner"),  # 1998 屋面防水3年
        ("plaster_falling", date(2023, 3, 1), date(2024, 3, 1), "owner"),  # 1998 抹灰层脱落1年
        ("floor_hollow_cracked_sanding", date(2023, 3, 1), date(2024, 3, 1), "owner"),  # 1998 1年
        ("doors_windows_hardware", date(2023, 3, 1), date(2024, 3, 1), "owner"),  # 1998 1年
        ("sanitary_ware", date(2023, 3, 1), date(2024, 3, 1), "owner"),  # 1998 卫生洁具1年
        ("pipe_blockage", date(2023, 3, 1), date(2023, 5, 1), "owner"),  # 1998 管道堵塞2个月
        ("lamps_switches", date(2023, 3, 1), date(2023, 9, 1), "owner"),  # 1998 灯具、电器开关6个月
    ],
)
def test_part_ends_at_the_later_guarantee(part, handover, until, guarantee):
    c = HOUSING.coverage("housing", date(2020, 6, 30), until, component=part, delivered=handover)
    assert c.covered and c.until == until and c.guarantee == guarantee
    assert ("the contractor's" if guarantee == "contractor" else "the owner's") + " (商品房销售管理办法 art. 33)" in c.rule


def test_design_service_life_is_an_input():
    # 条例 art. 40(一), 1998 art. 5(2): the law gives no number.
    with pytest.raises(af.InvalidArgumentError) as e:
        HOUSING.coverage("housing", date(2020, 6, 30), date(2021, 1, 1), component="foundation_structure",
                         delivered=date(2020, 9, 1))
    assert e.value.field == "design_life_years"
    c = HOUSING.coverage("housing", date(2020, 6, 30), date(2021, 1, 1), component="foundation_structure",
                         delivered=date(2020, 9, 1), design_life_years=50)
    assert c.until == date(2070, 9, 1) and c.guarantee == "owner"


def test_seasons_need_dates_from_the_policy():
    with pytest.raises(af.InvalidArgumentError) as e:
        HOUSING.coverage("housing", date(2020, 6, 30), date(2021, 1, 1), component="heating_system",
                         delivered=date(2020, 9, 1))
    assert e.value.field == "housing.seasons.heating"


def test_handover_required_and_repairer_returned():
    # 商品房销售管理办法 art. 33: from handover (交付).
    with pytest.raises(af.InvalidArgumentError) as e:
        HOUSING.coverage("housing", date(2020, 6, 30), date(2021, 1, 1), component="pipe_leaks")
    assert e.value.field == "delivered"
    # 1998 art. 4, seed 001 八 (三): the delegated repairer.
    c = HOUSING.coverage("housing", date(2020, 6, 30), date(2021, 1, 1), component="pipe_leaks",
                         delivered=date(2020, 9, 1), repairer="恒生物业")
    assert c.repairer == "恒生物业" and c.rule.endswith("; repairer: 恒生物业")
    # A product that is not a home: no guarantee kind.
    tv = af.WarrantyPolicy.sanbao().coverage("colour_tv", date(2025, 1, 10), date(2025, 6, 1))
    assert tv.guarantee is None and tv.repairer is None
