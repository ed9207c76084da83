package org.fingertip.registry.testing;

import java.util.List;

import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;

/**
 * A small piece of Hubei's department tree: the province, Wuhan down to a community in Jiang'an District, and
 * Yichang beside it, with one or two units at each level.
 */
public final class Hubei {
    public static final Division PROVINCE = Division.root("420000", "湖北省");
    public static final Division WUHAN = PROVINCE.child("420100", "武汉市", DivisionLevel.CITY);
    public static final Division DISTRICT = WUHAN.child("420102", "江岸区", DivisionLevel.COUNTY);
    public static final Division STREET = DISTRICT.child("420102001", "江岸区大智街道", DivisionLevel.TOWNSHIP);
    public static final Division COMMUNITY = STREET.child("420102001001", "大智街道某社区", DivisionLevel.VILLAGE);
    public static final Division YICHANG = PROVINCE.child("420500", "宜昌市", DivisionLevel.CITY);

    public static final Unit PROVINCE_UNIT = new Unit("420000-001", "湖北省政务服务和大数据管理局", PROVINCE);
    public static final Unit WUHAN_UNIT = new Unit("420100-007", "武汉市城市管理执法委员会", WUHAN);
    public static final Unit WUHAN_OTHER_UNIT = new Unit("420100-008", "武汉市民政局", WUHAN);
    public static final Unit DISTRICT_UNIT = new Unit("420102-001", "江岸区政务服务中心", DISTRICT);
    public static final Unit STREET_UNIT = new Unit("420102001-001", "大智街道办事处", STREET);
    public static final Unit COMMUNITY_UNIT = new Unit("420102001001-001", "某社区居民委员会", COMMUNITY);
    public static final Unit YICHANG_UNIT = new Unit("420500-003", "宜昌市人力资源和社会保障局", YICHANG);

    private Hubei() {
    }

    public static List<Division> divisions() {
        return List.of(PROVINCE, WUHAN, DISTRICT, STREET, COMMUNITY, YICHANG);
    }

    public static List<Unit> units() {
        return List.of(PROVINCE_UNIT, WUHAN_UNIT, WUHAN_OTHER_UNIT, DISTRICT_UNIT, STREET_UNIT, COMMUNITY_UNIT,
                YICHANG_UNIT);
    }

    /** Saves every division, then every unit. */
    public static void loadInto(Departments departments) {
        divisions().forEach(departments::save);
        units().forEach(departments::save);
    }
}
