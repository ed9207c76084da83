package org.fingertip.web.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.AppSummary;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.exit.DataDisposition;
import org.fingertip.registry.exit.ExitPlan;
import org.fingertip.registry.exit.ExitReason;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.form.FunctionCategory;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.precheck.PlatformCatalogue;
import org.fingertip.registry.usage.ImportResult;
import org.fingertip.registry.usage.UsageEntry;
import org.fingertip.registry.usage.UsageRow;
import org.fingertip.registry.usage.UsageService;
import org.fingertip.web.security.ActorDirectory;
import org.fingertip.workflow.evaluation.EvaluationWorkflow;
import org.fingertip.workflow.exit.ExitWorkflow;
import org.fingertip.workflow.filing.FilingWorkflow;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.fingertip.workflow.task.DueDateChanges;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the embedded default on its first start: Hubei with Wuhan, Yichang, districts, streets and a community; owner
 * units at every level; the unified platform's catalogue; the demo users (password {@value #DEMO_PASSWORD}); and an
 * inventory of apps of every kind, taken through the real use cases and the real process, so that filed apps have
 * their history and cases in flight have real tasks; a year of usage facts, a few evaluations and ledger items.
 * Never runs in the mysql profile.
 */
@Component
@ConditionalOnProperty(name = "fingertip.demo.seed", havingValue = "true")
public class DemoData implements ApplicationRunner {
    public static final String DEMO_PASSWORD = "Demo@2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Departments departments;
    private final UserAccounts accounts;
    private final PlatformCatalogue catalogue;
    private final PasswordEncoder encoder;
    private final ActorDirectory directory;
    private final FilingService filingService;
    private final FilingWorkflow workflow;
    private final Inbox inbox;
    private final TransactionTemplate tx;
    private final UsageService usageService;
    private final LedgerWorkflow ledger;
    private final EvaluationWorkflow evaluations;
    private final ExitWorkflow exitWorkflow;
    private final Clock clock;
    private final TaskService taskService;
    private final DueDateChanges dueDates;

    private final Map<String, String> shortNames = new LinkedHashMap<>();
    private final Map<String, String> applicantOf = new LinkedHashMap<>();
    private String hash;

    public DemoData(Departments departments, UserAccounts accounts, PlatformCatalogue catalogue, PasswordEncoder encoder,
                    ActorDirectory directory, FilingService filingService, FilingWorkflow workflow, Inbox inbox,
                    TransactionTemplate tx, UsageService usageService, LedgerWorkflow ledger,
                    EvaluationWorkflow evaluations, ExitWorkflow exitWorkflow, Clock clock, TaskService taskService,
                    DueDateChanges dueDates) {
        this.departments = departments;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.encoder = encoder;
        this.directory = directory;
        this.filingService = filingService;
        this.workflow = workflow;
        this.inbox = inbox;
        this.tx = tx;
        this.usageService = usageService;
        this.ledger = ledger;
        this.evaluations = evaluations;
        this.exitWorkflow = exitWorkflow;
        this.clock = clock;
        this.taskService = taskService;
        this.dueDates = dueDates;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        long start = System.currentTimeMillis();
        hash = encoder.encode(DEMO_PASSWORD);
        tx.executeWithoutResult(s -> {
            departmentsAndUsers();
            platformCatalogue();
        });
        int apps = inventory();
        int months = usage();
        feedback();
        overdueWork();
        LOG.info("Demo data seeded: {} apps, {} months of usage in {} ms; demo users' password is {}", apps, months,
                System.currentTimeMillis() - start, DEMO_PASSWORD);
    }

    /**
     * A first review in Wuhan and one in Yichang already past their deadline, so that a supervisor's overdue figures,
     * lists and escalations show something on a fresh demo: each deadline moved as an extension would move it, the
     * escalation then fired by the task's own timer.
     */
    private void overdueWork() {
        int daysLate = 2;
        for (String office : List.of("reviewer:420100", "reviewer:420500")) {
            Task review = taskService.createTaskQuery().taskDefinitionKey("Task_FirstReview").taskCandidateGroup(office)
                    .active().orderByTaskCreateTime().asc().listPage(0, 1).stream().findFirst().orElse(null);
            if (review != null) {
                Instant due = clock.instant().minus(daysLate, ChronoUnit.DAYS);
                tx.executeWithoutResult(s -> dueDates.move(review.getId(), due, Actor.system(), "演示数据：已逾期的审核"));
                daysLate += 2;
            }
        }
    }

    // ---- departments and users ----------------------------------------------------------------------------------

    private void departmentsAndUsers() {
        Division hubei = Division.root("420000", "湖北省");
        Division wuhan = hubei.child("420100", "武汉市", DivisionLevel.CITY);
        Division jiangan = wuhan.child("420102", "江岸区", DivisionLevel.COUNTY);
        Division jianghan = wuhan.child("420103", "江汉区", DivisionLevel.COUNTY);
        Division wuchang = wuhan.child("420106", "武昌区", DivisionLevel.COUNTY);
        Division hongshan = wuhan.child("420111", "洪山区", DivisionLevel.COUNTY);
        Division dazhi = jiangan.child("420102001", "大智街道", DivisionLevel.TOWNSHIP);
        Division jiyuqiao = wuchang.child("420106001", "积玉桥街道", DivisionLevel.TOWNSHIP);
        Division dazhiCommunity = dazhi.child("420102001001", "大智社区", DivisionLevel.VILLAGE);
        Division yichang = hubei.child("420500", "宜昌市", DivisionLevel.CITY);
        Division xiling = yichang.child("420502", "西陵区", DivisionLevel.COUNTY);
        Division wujiagang = yichang.child("420503", "伍家岗区", DivisionLevel.COUNTY);
        for (Division d : List.of(hubei, wuhan, jiangan, jianghan, wuchang, hongshan, dazhi, jiyuqiao, dazhiCommunity,
                yichang, xiling, wujiagang)) {
            departments.save(d);
        }

        unit(hubei, "420000-001", "湖北省政务服务和大数据管理局", "湖北政务");
        unit(hubei, "420000-002", "湖北省人力资源和社会保障厅", "鄂人社");
        unit(hubei, "420000-003", "湖北省教育厅", "湖北教育");
        office(hubei, "420000-004", "中共湖北省委网络安全和信息化委员会办公室");
        unit(hubei, "420000-005", "湖北省卫生健康委员会", "湖北健康");
        unit(hubei, "420000-006", "湖北省应急管理厅", "湖北应急");
        office(hubei, "420000-007", "湖北省整治形式主义为基层减负专项工作机制办公室");
        office(wuhan, "420100-001", "中共武汉市委网络安全和信息化委员会办公室");
        unit(wuhan, "420100-002", "武汉市政务服务和大数据管理局", "武汉政务");
        office(wuhan, "420100-003", "武汉市整治形式主义为基层减负专项工作机制办公室");
        unit(wuhan, "420100-007", "武汉市城市管理执法委员会", "武汉城管");
        unit(wuhan, "420100-008", "武汉市教育局", "武汉教育");
        unit(wuhan, "420100-009", "武汉市卫生健康委员会", "武汉卫健");
        unit(wuhan, "420100-010", "武汉市交通运输局", "武汉交通");
        unit(jiangan, "420102-001", "江岸区政务服务和大数据管理局", "江岸政务");
        unit(jiangan, "420102-002", "江岸区教育局", "江岸教育");
        unit(jianghan, "420103-001", "江汉区人民政府办公室", "江汉区");
        unit(wuchang, "420106-001", "武昌区城市管理执法局", "武昌城管");
        unit(hongshan, "420111-001", "洪山区卫生健康局", "洪山卫健");
        unit(dazhi, "420102001-001", "江岸区大智街道办事处", "大智街道");
        unit(jiyuqiao, "420106001-001", "武昌区积玉桥街道办事处", "积玉桥街道");
        unit(dazhiCommunity, "420102001001-001", "大智街道大智社区居民委员会", "大智社区");
        office(yichang, "420500-001", "中共宜昌市委网络安全和信息化委员会办公室");
        unit(yichang, "420500-002", "宜昌市政务服务和大数据管理局", "宜昌政务");
        unit(yichang, "420500-003", "宜昌市人力资源和社会保障局", "宜昌人社");
        unit(yichang, "420500-004", "宜昌市文化和旅游局", "宜昌文旅");
        unit(xiling, "420502-001", "西陵区政务服务中心", "西陵政务");
        unit(wujiagang, "420503-001", "伍家岗区教育局", "伍家岗教育");

        user("applicant.wuhan", "武汉市城管委经办人", "420100-007", "420100", "APPLICANT");
        user("applicant.yichang", "宜昌市人社局经办人", "420500-003", "420500", "APPLICANT");
        user("applicant.hubei", "省人社厅经办人", "420000-002", "420000", "APPLICANT");
        user("reviewer.wuhan", "武汉市委网信办审核员", "420100-001", "420100", "REVIEWER");
        user("reviewer.yichang", "宜昌市委网信办审核员", "420500-001", "420500", "REVIEWER");
        user("reviewer.hubei", "省委网信办审核员", "420000-004", "420000", "REVIEWER");
        user("supervisor.wuhan", "武汉市减负办督查员", "420100-003", "420100", "SUPERVISOR");
        user("supervisor.hubei", "省减负办督查员", "420000-007", "420000", "SUPERVISOR");
        user("observer.wuhan", "大智社区基层观察员", "420102001001-001", "420100", "OBSERVER");
        user("admin", "系统管理员", "420000-001", "420000", "ADMIN");
        applicantOf.put("420100-007", "applicant.wuhan");
        applicantOf.put("420500-003", "applicant.yichang");
        applicantOf.put("420000-002", "applicant.hubei");
        for (String unitCode : shortNames.keySet()) {
            if (!applicantOf.containsKey(unitCode)) {
                String username = "applicant." + unitCode;
                user(username, departments.unit(unitCode).orElseThrow().name() + "经办人", unitCode,
                        unitCode.substring(0, unitCode.indexOf('-')), "APPLICANT");
                applicantOf.put(unitCode, username);
            }
        }
    }

    private void unit(Division division, String code, String name, String shortName) {
        departments.save(new Unit(code, name, division));
        shortNames.put(code, shortName);
    }

    private void office(Division division, String code, String name) {
        departments.save(new Unit(code, name, division));
    }

    /** A demo login with an example address: notification emails go there once a mail server is configured. */
    private void user(String username, String displayName, String unitCode, String jurisdictionCode, String role) {
        accounts.save(new UserAccount(username, hash, displayName, unitCode, jurisdictionCode, true, Set.of(role),
                username + "@example.gov.cn"));
    }

    private void platformCatalogue() {
        for (String f : List.of("社保查询", "公积金查询", "在线预约", "办事指南", "证照查询", "预约挂号", "不动产登记查询",
                "生活缴费", "交通违法查询")) {
            catalogue.save(new PlatformCatalogue.PlatformFunction("420000", "鄂汇办", f));
        }
        for (String f : List.of("即时通讯", "公文流转", "视频会议", "通讯录", "请假审批", "日程管理")) {
            catalogue.save(new PlatformCatalogue.PlatformFunction("420000", "鄂政通", f));
        }
    }

    // ---- the inventory of apps ------------------------------------------------------------------------------------

    private static final String[][] FUNCTION_POOL = {
            {"政策查询", "SERVICE"}, {"办事指南", "SERVICE"}, {"进度查询", "SERVICE"}, {"投诉建议", "SERVICE"},
            {"执法案件查询", "SERVICE"}, {"招生入学报名", "SERVICE"}, {"疫苗接种预约", "SERVICE"},
            {"公交到站查询", "SERVICE"}, {"景区门票预约", "SERVICE"}, {"就业岗位发布", "SERVICE"},
            {"会议通知", "OFFICE"}, {"任务督办", "OFFICE"}, {"值班排班", "OFFICE"}, {"巡查上报", "REPORTING"},
            {"数据统计分析", "REPORTING"}, {"政策解读", "LEARNING"}, {"业务培训", "LEARNING"}, {"消息提醒", "MESSAGING"},
            {"社保查询", "SERVICE"}, {"在线预约", "SERVICE"}, {"通讯录", "OFFICE"}};

    private record Template(AppKind kind, String suffix) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template(AppKind.APP, "通"), new Template(AppKind.APP, "掌上办"),
            new Template(AppKind.MINI_PROGRAM, "服务小程序"), new Template(AppKind.QUICK_APP, "快应用"),
            new Template(AppKind.LIGHT_APP, "轻应用"), new Template(AppKind.MINI_PROGRAM, "预约小程序"),
            new Template(AppKind.PUBLIC_ACCOUNT, "发布"), new Template(AppKind.WORK_GROUP, "工作群"),
            new Template(AppKind.INFO_SYSTEM, "综合管理系统"));

    private int inventory() {
        int count = 0;
        int filedKindIndex = 0;
        for (Map.Entry<String, String> entry : shortNames.entrySet()) {
            Unit unit = departments.unit(entry.getKey()).orElseThrow();
            boolean belowCounty = unit.level().isBelowCounty();
            List<Template> templates = belowCounty
                    ? List.of(new Template(AppKind.MINI_PROGRAM, "便民小程序"), new Template(AppKind.WORK_GROUP, "工作群"),
                    new Template(AppKind.WORK_GROUP, "网格群"))
                    : TEMPLATES;
            for (Template t : templates) {
                String name = entry.getValue() + t.suffix();
                FilingForm form = form(unit, name, t.kind(), count, belowCounty);
                if (t.kind().isFiled()) {
                    seedFiledKind(unit, form, filedKindIndex++);
                } else {
                    Actor supervisor = directory.actorOf("supervisor.hubei");
                    tx.executeWithoutResult(s -> filingService.recordInventory(supervisor, form, "清查登记：在用账号、群组和系统"));
                }
                count++;
            }
        }
        return count;
    }

    /** Where a seeded application ends up; most are filed. */
    private enum Outcome { FILED, AT_FIRST_REVIEW, AT_PROVINCIAL_REVIEW, RETURNED, REJECTED, WITHDRAWN, PRECHECK_RETURNED, DRAFT, LIVE_UNFILED }

    private static Outcome outcome(int index) {
        int slot = index % 20;
        if (slot <= 12) {
            return Outcome.FILED;
        }
        return switch (slot) {
            case 13 -> Outcome.AT_FIRST_REVIEW;
            case 14 -> Outcome.AT_PROVINCIAL_REVIEW;
            case 15 -> Outcome.RETURNED;
            case 16 -> Outcome.REJECTED;
            case 17 -> Outcome.WITHDRAWN;
            case 18 -> Outcome.PRECHECK_RETURNED;
            default -> index % 40 == 19 ? Outcome.DRAFT : Outcome.LIVE_UNFILED;
        };
    }

    private void seedFiledKind(Unit unit, FilingForm form, int index) {
        Outcome outcome = outcome(index);
        if (outcome == Outcome.LIVE_UNFILED) {
            Actor supervisor = directory.actorOf("supervisor.hubei");
            tx.executeWithoutResult(s -> filingService.recordInventory(supervisor, form, "清查发现：已上线但未备案"));
            return;
        }
        Actor applicant = directory.actorOf(applicantOf.get(unit.code()));
        FilingForm toFile = outcome == Outcome.PRECHECK_RETURNED ? withBannedFunction(form) : form;
        long id = tx.execute(s -> filingService.createDraft(applicant, toFile, null)).id();
        if (outcome == Outcome.DRAFT) {
            return;
        }
        workflow.submit(applicant, id);
        if (outcome == Outcome.PRECHECK_RETURNED) {
            return;
        }
        if (outcome == Outcome.WITHDRAWN) {
            workflow.withdraw(applicant, id, "单位决定并入“鄂汇办”统一平台建设，撤回申请");
            return;
        }
        boolean firstReview = unit.level() != DivisionLevel.PROVINCE;
        if (firstReview) {
            if (outcome == Outcome.AT_FIRST_REVIEW) {
                return;
            }
            decide(id, reviewerOf(unit), outcome == Outcome.RETURNED ? Decision.RETURN : Decision.APPROVE);
            if (outcome == Outcome.RETURNED) {
                return;
            }
        }
        switch (outcome) {
            case AT_FIRST_REVIEW, AT_PROVINCIAL_REVIEW -> { }
            case RETURNED -> decide(id, "reviewer.hubei", Decision.RETURN);
            case REJECTED -> decide(id, "reviewer.hubei", Decision.REJECT);
            default -> decide(id, "reviewer.hubei", Decision.APPROVE);
        }
    }

    private void decide(long appId, String reviewer, Decision decision) {
        Actor actor = directory.actorOf(reviewer);
        TaskView task = inbox.ofApp(appId).get(0);
        List<Gap> gaps = decision == Decision.RETURN
                ? List.of(new Gap(FormSection.HANDLER, "经办人联系电话无法接通，请核实后重新填写"),
                new Gap(FormSection.ACCEPTANCE, "请补充上线验收报告的结论及验收单位"))
                : List.of();
        String comment = switch (decision) {
            case APPROVE -> "材料齐全，同意";
            case RETURN -> "请按所列问题一次性补正";
            case REJECT -> "功能与省统一平台“鄂汇办”重复，建议作为平台模块建设，不予备案";
        };
        workflow.decide(actor, task.id(), decision, comment, gaps);
    }

    private static String reviewerOf(Unit unit) {
        return unit.division().cityCode().equals("420500") ? "reviewer.yichang" : "reviewer.wuhan";
    }

    private FilingForm form(Unit unit, String name, AppKind kind, int seed, boolean belowCounty) {
        List<FilingForm.AppFunction> functions = new ArrayList<>();
        int n = 3 + seed % 3;
        for (int i = 0; i < n; i++) {
            String[] f = FUNCTION_POOL[(seed * 7 + i * 5) % FUNCTION_POOL.length];
            FilingForm.AppFunction fn = new FilingForm.AppFunction(f[0], FunctionCategory.valueOf(f[1]), null);
            if (functions.stream().noneMatch(x -> x.name().equals(fn.name()))) {
                functions.add(fn);
            }
        }
        String pkg = "cn.gov.hb." + unit.code().replace("-", ".u") + ".app" + seed;
        return new FilingForm(unit.code(), name, kind, seed % 4 == 0 ? Audience.INTERNAL : Audience.PUBLIC,
                List.of(kind == AppKind.MINI_PROGRAM ? "微信" : kind == AppKind.LIGHT_APP ? "鄂汇办" : "华为应用市场"),
                kind.needsPackageName() ? pkg : null,
                new FilingForm.Handler("张" + "伟明华建国".charAt(seed % 5) + (seed % 2 == 0 ? "" : "平"), "信息化科科长",
                        "1380" + String.format("%07d", 1_000_000 + seed), "handler" + seed + "@hubei.gov.cn"),
                new FilingForm.ProjectApproval("鄂发改审批〔2025〕" + (100 + seed) + "号", "本级财政资金", true, false, false, true,
                        belowCounty ? "社区网格员入户走访需要离线采集，统一平台暂无此模块，经区政府同意建设" : null),
                functions,
                new FilingForm.Operations(unit.name() + "信息中心", true, 2, true),
                new FilingForm.Acceptance(LocalDate.of(2025, 6, 1).plusDays(seed), "通过上线验收"),
                List.of(), true);
    }

    // ---- usage facts --------------------------------------------------------------------------------------------------

    /**
     * The last twelve months of usage of every filed or registered app, imported as the province's supervisor would:
     * most in steady use; every fifteenth a zombie (no update for over a year, next to no users, half of them with
     * services that no longer answer); and one account with no post for three weeks.
     */
    private int usage() {
        Actor supervisor = directory.actorOf("supervisor.hubei");
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
        List<AppSummary> apps = new ArrayList<>();
        for (AppStatus status : List.of(AppStatus.FILED, AppStatus.REGISTERED)) {
            apps.addAll(filingService.search(supervisor, status, null, null, null, null, 0, 1000).items());
        }
        List<UsageRow> rows = new ArrayList<>();
        boolean silentAccountChosen = false;
        for (int i = 0; i < apps.size(); i++) {
            AppSummary app = apps.get(i);
            boolean zombie = i % 15 == 7;
            boolean silentAccount = !silentAccountChosen && !zombie && app.kind() == AppKind.PUBLIC_ACCOUNT;
            silentAccountChosen |= silentAccount;
            long audience = app.audience() == Audience.INTERNAL ? 300 + i * 37L % 5_000 : 20_000 + i * 7_919L % 900_000;
            for (int back = 11; back >= 0; back--) {
                YearMonth month = YearMonth.from(today).minusMonths(back);
                LocalDate asOf = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
                long users = zombie ? (i + back) % 4 : audience * (20 + (i * 13 + back * 7) % 60) / 100;
                LocalDate lastUpdate = zombie ? today.minusDays(400 + i % 30) : asOf.minusDays((i * 3 + back) % 45);
                LocalDate lastPost = zombie ? today.minusDays(420 + i % 30) : asOf.minusDays(i % 5);
                if (silentAccount && lastPost.isAfter(today.minusDays(21))) {
                    lastPost = today.minusDays(21);
                }
                rows.add(UsageRow.of(rows.size() + 2, Long.toString(app.id()), null, new UsageEntry(month.toString(),
                        Long.toString(users), Long.toString(audience), lastUpdate.toString(), lastPost.toString(),
                        zombie && i % 2 == 0 ? "否" : "是")));
            }
        }
        ImportResult result = tx.execute(s -> usageService.importRows(supervisor, rows));
        if (!result.rejected().isEmpty()) {
            LOG.warn("Demo usage rows rejected: {}", result.rejected());
        }
        return result.loaded();
    }

    // ---- evaluations and the ledger -------------------------------------------------------------------------------

    /**
     * A few ratings from the Wuhan observer, and three ledger items on Wuhan's filed apps: one open, one reported fixed
     * and waiting for the city reviewer, one verified and closed.
     */
    private void feedback() {
        Actor observer = directory.actorOf("observer.wuhan");
        Actor supervisor = directory.actorOf("supervisor.wuhan");
        Actor reviewer = directory.actorOf("reviewer.wuhan");
        List<AppSummary> wuhan = new ArrayList<>(
                filingService.search(supervisor, AppStatus.FILED, null, null, null, null, 0, 200).items());
        // applicant.wuhan's unit first, so that its demo user has rectification work waiting
        wuhan.sort(java.util.Comparator.comparing(a -> !a.ownerUnitCode().equals("420100-007")));
        for (int i = 0; i < Math.min(8, wuhan.size()); i++) {
            long appId = wuhan.get(i).id();
            List<BurdenCategory> burdens = i % 3 == 0 ? List.of(BurdenCategory.NOTIFICATION_OVERLOAD) : List.of();
            evaluations.rate(observer, appId, 2 + i % 4, burdens, i % 3 == 0 ? "消息推送太频繁，影响正常工作" : "基本好用",
                    i % 2 == 0);
        }
        if (wuhan.size() < 3) {
            return;
        }
        ledger.open(supervisor, wuhan.get(0).id(), LedgerCategory.BURDEN, "要求网格员每日在应用内签到，并按签到次数排名通报");
        long reported = ledger.open(supervisor, wuhan.get(1).id(), LedgerCategory.STALE_CONTENT,
                "政策栏目超过半年未更新，内容与现行政策不符").id();
        ledger.reportFixed(directory.actorOf(applicantOf.get(wuhan.get(1).ownerUnitCode())), reported,
                "已清理过期政策 23 条，补充 2026 年新政策 11 条，并指定专人每周更新");
        long closed = ledger.open(supervisor, wuhan.get(2).id(), LedgerCategory.SECURITY, "未完成等级保护测评").id();
        ledger.reportFixed(directory.actorOf(applicantOf.get(wuhan.get(2).ownerUnitCode())), closed,
                "已完成二级等保测评，测评报告编号 HB-2026-0315");
        ledger.verify(reviewer, closed, true, "核验测评报告无误，予以销号");
        exits(wuhan.subList(3, wuhan.size()), supervisor, reviewer);
    }

    /**
     * Two exits on Wuhan apps of other units than applicant.wuhan's: one the owner planned and a reviewer approved, so
     * that its public notice is up (公告期); one a supervisor directed by a deadline, waiting for the owner's plan.
     */
    private void exits(List<AppSummary> wuhan, Actor supervisor, Actor reviewer) {
        List<AppSummary> others = wuhan.stream().filter(a -> !a.ownerUnitCode().equals("420100-007")).toList();
        if (others.size() < 2) {
            return;
        }
        AppSummary voluntary = others.get(others.size() - 1);
        Actor owner = directory.actorOf(applicantOf.get(voluntary.ownerUnitCode()));
        LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
        ExitPlan plan = new ExitPlan(ExitReason.DUPLICATE, "鄂汇办", false, List.of(),
                List.of(new ExitPlan.DataPlan("办件记录", DataDisposition.ARCHIVE, 10),
                        new ExitPlan.DataPlan("用户账号", DataDisposition.DESTROY, null)),
                "“" + voluntary.name() + "”的服务已由“鄂汇办”提供，本应用将于下线日期停止服务，请通过鄂汇办继续办理。",
                today.plusDays(45));
        long id = exitWorkflow.startByOwner(owner, voluntary.id(), plan).id();
        exitWorkflow.decidePlan(reviewer, id, true, "同意退出，按期发布公告");
        AppSummary directed = others.get(others.size() - 2);
        exitWorkflow.direct(supervisor, directed.id(), today.plusDays(60), "长期无人使用，功能与其他应用重复，责令限期关停");
    }

    private static FilingForm withBannedFunction(FilingForm form) {
        List<FilingForm.AppFunction> functions = new ArrayList<>(form.functionsOrEmpty());
        functions.add(new FilingForm.AppFunction("每日打卡签到", FunctionCategory.CHECK_IN, null));
        functions.add(new FilingForm.AppFunction("学习积分排名", FunctionCategory.RANKING, null));
        return new FilingForm(form.ownerDepartmentCode(), form.name(), form.kind(), form.audience(), form.stores(),
                form.packageName(), form.handler(), form.projectApproval(), functions, form.operations(),
                form.acceptance(), form.similarApps(), form.commitmentSigned());
    }
}
