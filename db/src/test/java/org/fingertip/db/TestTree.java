package org.fingertip.db;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;

/**
 * A fresh province of its own for one test, saved through the port: a city with a county and a township below it,
 * a second city, and one unit in each. Codes are unique per run, so tests never see each other's rows, nor rows
 * left in MariaDB by earlier runs.
 */
public final class TestTree {
    private static final AtomicLong NEXT_CODE =
            new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000_000L, 900_000_000_000L));

    public final String suffix;
    public final Division province;
    public final Division city;
    public final Division county;
    public final Division township;
    public final Division otherCity;
    public final Unit provincialUnit;
    public final Unit cityUnit;
    public final Unit countyUnit;
    public final Unit townshipUnit;
    public final Unit otherCityUnit;

    private TestTree() {
        suffix = Long.toString(NEXT_CODE.get() % 1_000_000, 36);
        province = Division.root(code(), "测试省" + suffix);
        city = province.child(code(), "江城市", DivisionLevel.CITY);
        county = city.child(code(), "江岸区", DivisionLevel.COUNTY);
        township = county.child(code(), "花桥街道", DivisionLevel.TOWNSHIP);
        otherCity = province.child(code(), "襄州市", DivisionLevel.CITY);
        provincialUnit = new Unit(province.code() + "-001", "省数据局", province);
        cityUnit = new Unit(city.code() + "-007", "市政务服务和大数据管理局", city);
        countyUnit = new Unit(county.code() + "-003", "区教育局", county);
        townshipUnit = new Unit(township.code() + "-001", "花桥街道办事处", township);
        otherCityUnit = new Unit(otherCity.code() + "-002", "襄州市卫生健康委员会", otherCity);
    }

    /** A 12-digit division code not used before. */
    public static String code() {
        return Long.toString(NEXT_CODE.incrementAndGet());
    }

    public static TestTree saved(Departments departments) {
        TestTree tree = new TestTree();
        for (Division d : new Division[] {tree.province, tree.city, tree.county, tree.township, tree.otherCity}) {
            departments.save(d);
        }
        for (Unit u : new Unit[] {tree.provincialUnit, tree.cityUnit, tree.countyUnit, tree.townshipUnit,
                tree.otherCityUnit}) {
            departments.save(u);
        }
        return tree;
    }
}
