package org.fingertip.web.page.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FunctionCategory;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filing form as the page binds it: mutable, every value as typed, one property per input. Property paths are
 * the core's dotted field paths ({@code handler.phone}, {@code functions[2].name}), so that an error of the core
 * lands beside the input of the same name. Stores and similar apps are typed as text, one per line or comma
 * separated; empty function rows are left out when the form is converted.
 */
public class FilingFormData {
    /** Paths of the inputs that are always on the page; the function rows come on top. */
    static final Set<String> FIXED_INPUTS = Set.of("ownerDepartmentCode", "name", "kind", "audience", "stores",
            "packageName", "handler.name", "handler.post", "handler.phone", "handler.email",
            "projectApproval.reference", "projectApproval.budgetSource", "projectApproval.fitsDigitalPlan",
            "projectApproval.duplicatesExisting", "projectApproval.couldBeModule", "projectApproval.sharesData",
            "projectApproval.justification", "functions", "operations.team", "operations.securityTested",
            "operations.mlpsLevel", "operations.mlpsAssessed", "acceptance.date", "acceptance.result", "similarApps",
            "commitmentSigned");
    static final int MIN_ROWS = 3;
    private static final String SEPARATORS = "[,，、;；\\r\\n]+";

    private String ownerDepartmentCode;
    private String name;
    private AppKind kind;
    private Audience audience;
    private String stores;
    private String packageName;
    private HandlerData handler = new HandlerData();
    private ApprovalData projectApproval = new ApprovalData();
    private List<FunctionRow> functions = new ArrayList<>();
    private OperationsData operations = new OperationsData();
    private AcceptanceData acceptance = new AcceptanceData();
    private String similarApps;
    private boolean noSimilarApps;
    private Boolean commitmentSigned;

    /** An empty form for the unit, with its blank function rows. */
    static FilingFormData empty(String ownerDepartmentCode) {
        FilingFormData data = new FilingFormData();
        data.ownerDepartmentCode = ownerDepartmentCode;
        data.padRows();
        return data;
    }

    /** The stored form, ready to edit or to show. */
    public static FilingFormData of(FilingForm form) {
        return new FilingFormData().fill(form);
    }

    /** Takes every value of the stored form (for subclasses that bind more than the form). */
    protected FilingFormData fill(FilingForm form) {
        FilingFormData d = this;
        d.ownerDepartmentCode = form.ownerDepartmentCode();
        d.name = form.name();
        d.kind = form.kind();
        d.audience = form.audience();
        d.stores = form.stores() == null ? null : String.join("\n", form.stores());
        d.packageName = form.packageName();
        if (form.handler() != null) {
            FilingForm.Handler h = form.handler();
            d.handler = new HandlerData(h.name(), h.post(), h.phone(), h.email());
        }
        if (form.projectApproval() != null) {
            FilingForm.ProjectApproval p = form.projectApproval();
            d.projectApproval = new ApprovalData(p.reference(), p.budgetSource(), p.fitsDigitalPlan(),
                    p.duplicatesExisting(), p.couldBeModule(), p.sharesData(), p.justification());
        }
        for (FilingForm.AppFunction f : form.functionsOrEmpty()) {
            d.functions.add(f == null ? new FunctionRow() : new FunctionRow(f.name(), f.category(), f.exceptionReason()));
        }
        if (form.operations() != null) {
            FilingForm.Operations o = form.operations();
            d.operations = new OperationsData(o.team(), o.securityTested(), o.mlpsLevel(), o.mlpsAssessed());
        }
        if (form.acceptance() != null) {
            d.acceptance = new AcceptanceData(form.acceptance().date(), form.acceptance().result());
        }
        if (form.similarApps() != null) {
            d.similarApps = String.join("\n", form.similarApps());
            d.noSimilarApps = form.similarApps().isEmpty();
        }
        d.commitmentSigned = form.commitmentSigned();
        return d;
    }

    /** The form for the core; blank function rows are dropped first, so that row numbers match the core's paths. */
    public FilingForm toForm() {
        dropBlankRows();
        List<FilingForm.AppFunction> fns = functions.stream()
                .map(r -> new FilingForm.AppFunction(r.name, r.category, r.exceptionReason)).toList();
        return new FilingForm(ownerDepartmentCode, name, kind, audience, split(stores), packageName,
                handler.isBlank() ? null : new FilingForm.Handler(handler.name, handler.post, handler.phone, handler.email),
                projectApproval.toRecord(), fns.isEmpty() ? null : fns, operations.toRecord(), acceptance.toRecord(),
                similarAppsList(), commitmentSigned);
    }

    /** Similar apps as a list: the lines typed; none when "no similar apps" is ticked; unanswered otherwise. */
    private List<String> similarAppsList() {
        List<String> typed = split(similarApps);
        if (typed != null) {
            return typed;
        }
        return noSimilarApps ? List.of() : null;
    }

    public void dropBlankRows() {
        functions.removeIf(r -> r == null || r.isBlank());
    }

    /** Blank rows to type into: at least {@value #MIN_ROWS} rows in all, and always one blank row. */
    public void padRows() {
        functions.removeIf(r -> r == null);
        long blank = functions.stream().filter(FunctionRow::isBlank).count();
        if (blank == 0) {
            functions.add(new FunctionRow());
        }
        while (functions.size() < MIN_ROWS) {
            functions.add(new FunctionRow());
        }
    }

    public void addRow() {
        functions.removeIf(r -> r == null);
        functions.add(new FunctionRow());
    }

    /** Paths of every input the page renders for this form. */
    public Set<String> inputPaths() {
        Set<String> paths = new LinkedHashSet<>(FIXED_INPUTS);
        for (int i = 0; i < functions.size(); i++) {
            paths.add("functions[" + i + "].name");
            paths.add("functions[" + i + "].category");
            paths.add("functions[" + i + "].exceptionReason");
        }
        return paths;
    }

    /** The input that shows an error or finding of the core: an item of a typed list is shown at the list. */
    public static String inputOf(String path) {
        if (path == null) {
            return "";
        }
        if (path.matches("(stores|similarApps)\\[\\d+]")) {
            return path.substring(0, path.indexOf('['));
        }
        if (path.matches("functions\\[\\d+]")) {
            return path + ".name";
        }
        return path;
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> items = Arrays.stream(text.split(SEPARATORS)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return items.isEmpty() ? null : items;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getOwnerDepartmentCode() { return ownerDepartmentCode; }
    public void setOwnerDepartmentCode(String v) { this.ownerDepartmentCode = v; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public AppKind getKind() { return kind; }
    public void setKind(AppKind v) { this.kind = v; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience v) { this.audience = v; }
    public String getStores() { return stores; }
    public void setStores(String v) { this.stores = v; }
    public String getPackageName() { return packageName; }
    public void setPackageName(String v) { this.packageName = v; }
    public HandlerData getHandler() { return handler; }
    public void setHandler(HandlerData v) { this.handler = v; }
    public ApprovalData getProjectApproval() { return projectApproval; }
    public void setProjectApproval(ApprovalData v) { this.projectApproval = v; }
    public List<FunctionRow> getFunctions() { return functions; }
    public void setFunctions(List<FunctionRow> v) { this.functions = v; }
    public OperationsData getOperations() { return operations; }
    public void setOperations(OperationsData v) { this.operations = v; }
    public AcceptanceData getAcceptance() { return acceptance; }
    public void setAcceptance(AcceptanceData v) { this.acceptance = v; }
    public String getSimilarApps() { return similarApps; }
    public void setSimilarApps(String v) { this.similarApps = v; }
    public boolean isNoSimilarApps() { return noSimilarApps; }
    public void setNoSimilarApps(boolean v) { this.noSimilarApps = v; }
    public Boolean getCommitmentSigned() { return commitmentSigned; }
    public void setCommitmentSigned(Boolean v) { this.commitmentSigned = v; }

    /** 三、经办人. */
    public static class HandlerData {
        private String name;
        private String post;
        private String phone;
        private String email;

        public HandlerData() {
        }

        HandlerData(String name, String post, String phone, String email) {
            this.name = name;
            this.post = post;
            this.phone = phone;
            this.email = email;
        }

        boolean isBlank() {
            return blank(name) && blank(post) && blank(phone) && blank(email);
        }

        public String getName() { return name; }
        public void setName(String v) { this.name = v; }
        public String getPost() { return post; }
        public void setPost(String v) { this.post = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { this.phone = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { this.email = v; }
    }

    /** 四、立项情况; the four questions are unanswered (null) until a choice is made. */
    public static class ApprovalData {
        private String reference;
        private String budgetSource;
        private Boolean fitsDigitalPlan;
        private Boolean duplicatesExisting;
        private Boolean couldBeModule;
        private Boolean sharesData;
        private String justification;

        public ApprovalData() {
        }

        ApprovalData(String reference, String budgetSource, Boolean fitsDigitalPlan, Boolean duplicatesExisting,
                     Boolean couldBeModule, Boolean sharesData, String justification) {
            this.reference = reference;
            this.budgetSource = budgetSource;
            this.fitsDigitalPlan = fitsDigitalPlan;
            this.duplicatesExisting = duplicatesExisting;
            this.couldBeModule = couldBeModule;
            this.sharesData = sharesData;
            this.justification = justification;
        }

        FilingForm.ProjectApproval toRecord() {
            if (blank(reference) && blank(budgetSource) && fitsDigitalPlan == null && duplicatesExisting == null
                    && couldBeModule == null && sharesData == null && blank(justification)) {
                return null;
            }
            return new FilingForm.ProjectApproval(reference, budgetSource, fitsDigitalPlan, duplicatesExisting,
                    couldBeModule, sharesData, justification);
        }

        public String getReference() { return reference; }
        public void setReference(String v) { this.reference = v; }
        public String getBudgetSource() { return budgetSource; }
        public void setBudgetSource(String v) { this.budgetSource = v; }
        public Boolean getFitsDigitalPlan() { return fitsDigitalPlan; }
        public void setFitsDigitalPlan(Boolean v) { this.fitsDigitalPlan = v; }
        public Boolean getDuplicatesExisting() { return duplicatesExisting; }
        public void setDuplicatesExisting(Boolean v) { this.duplicatesExisting = v; }
        public Boolean getCouldBeModule() { return couldBeModule; }
        public void setCouldBeModule(Boolean v) { this.couldBeModule = v; }
        public Boolean getSharesData() { return sharesData; }
        public void setSharesData(Boolean v) { this.sharesData = v; }
        public String getJustification() { return justification; }
        public void setJustification(String v) { this.justification = v; }
    }

    /** 五、功能清单: one row. */
    public static class FunctionRow {
        private String name;
        private FunctionCategory category;
        private String exceptionReason;

        public FunctionRow() {
        }

        FunctionRow(String name, FunctionCategory category, String exceptionReason) {
            this.name = name;
            this.category = category;
            this.exceptionReason = exceptionReason;
        }

        boolean isBlank() {
            return blank(name) && category == null && blank(exceptionReason);
        }

        public String getName() { return name; }
        public void setName(String v) { this.name = v; }
        public FunctionCategory getCategory() { return category; }
        public void setCategory(FunctionCategory v) { this.category = v; }
        public String getExceptionReason() { return exceptionReason; }
        public void setExceptionReason(String v) { this.exceptionReason = v; }
    }

    /** 六、运维与安全. */
    public static class OperationsData {
        private String team;
        private Boolean securityTested;
        private Integer mlpsLevel;
        private Boolean mlpsAssessed;

        public OperationsData() {
        }

        OperationsData(String team, Boolean securityTested, Integer mlpsLevel, Boolean mlpsAssessed) {
            this.team = team;
            this.securityTested = securityTested;
            this.mlpsLevel = mlpsLevel;
            this.mlpsAssessed = mlpsAssessed;
        }

        FilingForm.Operations toRecord() {
            if (blank(team) && securityTested == null && mlpsLevel == null && mlpsAssessed == null) {
                return null;
            }
            return new FilingForm.Operations(team, securityTested, mlpsLevel, mlpsAssessed);
        }

        public String getTeam() { return team; }
        public void setTeam(String v) { this.team = v; }
        public Boolean getSecurityTested() { return securityTested; }
        public void setSecurityTested(Boolean v) { this.securityTested = v; }
        public Integer getMlpsLevel() { return mlpsLevel; }
        public void setMlpsLevel(Integer v) { this.mlpsLevel = v; }
        public Boolean getMlpsAssessed() { return mlpsAssessed; }
        public void setMlpsAssessed(Boolean v) { this.mlpsAssessed = v; }
    }

    /** 七、上线验收. */
    public static class AcceptanceData {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private String result;

        public AcceptanceData() {
        }

        AcceptanceData(LocalDate date, String result) {
            this.date = date;
            this.result = result;
        }

        FilingForm.Acceptance toRecord() {
            return date == null && blank(result) ? null : new FilingForm.Acceptance(date, result);
        }

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { this.date = v; }
        public String getResult() { return result; }
        public void setResult(String v) { this.result = v; }
    }
}
