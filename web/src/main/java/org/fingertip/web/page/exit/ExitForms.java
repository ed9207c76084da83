package org.fingertip.web.page.exit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.exit.DataDisposition;
import org.fingertip.registry.exit.ExitPlan;
import org.fingertip.registry.exit.ExitReason;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the exit page as they bind, each property named as the core names its field (so that the core's field
 * errors, {@code data[1].retentionYears} included, stand beside the input they concern); each keeps what was typed.
 */
public final class ExitForms {
    /** Blank rows offered below the filled ones of each list of the plan. */
    static final int BLANK_ROWS = 3;

    private ExitForms() {
    }

    /**
     * The owner's exit plan. Blank rows are left out before the plan goes to the core, so that the core's row numbers
     * are the rows shown when the form comes back.
     */
    public static class Plan {
        private ExitReason reason;
        private String replacement;
        private boolean toPlatform;
        private List<MoveRow> functionMoves = new ArrayList<>();
        private List<DataRow> data = new ArrayList<>();
        private String userNotice;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate offlineDate;

        /** An empty plan with the reason the exit suggests (a re-check's, or none), and its blank rows. */
        static Plan suggesting(ExitReason reason) {
            Plan p = new Plan();
            p.reason = reason;
            p.padRows();
            return p;
        }

        /** The plan filed before (after a return it is filed again), with blank rows to add to it. */
        static Plan of(ExitPlan plan) {
            Plan p = new Plan();
            p.reason = plan.reason();
            p.replacement = plan.replacement();
            p.toPlatform = plan.toPlatform();
            for (ExitPlan.FunctionMove m : plan.functionMoves()) {
                p.functionMoves.add(new MoveRow(m.function(), m.platformFunction()));
            }
            for (ExitPlan.DataPlan d : plan.data()) {
                p.data.add(new DataRow(d.category(), d.disposition(), d.retentionYears()));
            }
            p.userNotice = plan.userNotice();
            p.offlineDate = plan.offlineDate();
            p.padRows();
            return p;
        }

        /** The plan for the core; blank rows are dropped first (from this form too, so that the numbers match). */
        ExitPlan toPlan() {
            functionMoves.removeIf(r -> r == null || r.isBlank());
            data.removeIf(r -> r == null || r.isBlank());
            return new ExitPlan(reason, replacement, toPlatform,
                    functionMoves.stream().map(r -> new ExitPlan.FunctionMove(r.function, r.platformFunction)).toList(),
                    data.stream().map(r -> new ExitPlan.DataPlan(r.category, r.disposition, r.retentionYears)).toList(),
                    userNotice, offlineDate);
        }

        /** At least {@value ExitForms#BLANK_ROWS} blank rows below the filled ones of each list. */
        void padRows() {
            functionMoves.removeIf(r -> r == null);
            data.removeIf(r -> r == null);
            while (functionMoves.stream().filter(MoveRow::isBlank).count() < BLANK_ROWS) {
                functionMoves.add(new MoveRow());
            }
            while (data.stream().filter(DataRow::isBlank).count() < BLANK_ROWS) {
                data.add(new DataRow());
            }
        }

        /** "More rows": {@value ExitForms#BLANK_ROWS} more blank rows in each list, everything typed kept. */
        void addRows() {
            padRows();
            for (int i = 0; i < BLANK_ROWS; i++) {
                functionMoves.add(new MoveRow());
                data.add(new DataRow());
            }
        }

        public ExitReason getReason() { return reason; }
        public void setReason(ExitReason v) { this.reason = v; }
        public String getReplacement() { return replacement; }
        public void setReplacement(String v) { this.replacement = v; }
        public boolean isToPlatform() { return toPlatform; }
        public void setToPlatform(boolean v) { this.toPlatform = v; }
        public List<MoveRow> getFunctionMoves() { return functionMoves; }
        public void setFunctionMoves(List<MoveRow> v) { this.functionMoves = v; }
        public List<DataRow> getData() { return data; }
        public void setData(List<DataRow> v) { this.data = v; }
        public String getUserNotice() { return userNotice; }
        public void setUserNotice(String v) { this.userNotice = v; }
        public LocalDate getOfflineDate() { return offlineDate; }
        public void setOfflineDate(LocalDate v) { this.offlineDate = v; }
    }

    /** One function moving onto the unified platform, and the platform function that takes it over. */
    public static class MoveRow {
        private String function;
        private String platformFunction;

        public MoveRow() {
        }

        MoveRow(String function, String platformFunction) {
            this.function = function;
            this.platformFunction = platformFunction;
        }

        boolean isBlank() {
            return blank(function) && blank(platformFunction);
        }

        public String getFunction() { return function; }
        public void setFunction(String v) { this.function = v; }
        public String getPlatformFunction() { return platformFunction; }
        public void setPlatformFunction(String v) { this.platformFunction = v; }
    }

    /** One category of data, what happens to it, and for an archive the years it is kept. */
    public static class DataRow {
        private String category;
        private DataDisposition disposition;
        private Integer retentionYears;

        public DataRow() {
        }

        DataRow(String category, DataDisposition disposition, Integer retentionYears) {
            this.category = category;
            this.disposition = disposition;
            this.retentionYears = retentionYears;
        }

        boolean isBlank() {
            return blank(category) && disposition == null && retentionYears == null;
        }

        public String getCategory() { return category; }
        public void setCategory(String v) { this.category = v; }
        public DataDisposition getDisposition() { return disposition; }
        public void setDisposition(DataDisposition v) { this.disposition = v; }
        public Integer getRetentionYears() { return retentionYears; }
        public void setRetentionYears(Integer v) { this.retentionYears = v; }
    }

    /** A supervisor's direction (限期关停): the date by which the app must be offline, and why. */
    public static class Direct {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;
        private String reason;

        public LocalDate getDeadline() { return deadline; }
        public void setDeadline(LocalDate v) { this.deadline = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { this.reason = v; }
    }

    /**
     * A reviewer's decision on the plan, the migration or the deregistration: approved (accepted, verified) or
     * returned with a comment, and the confirmation that the materials were checked.
     */
    public static class Decision {
        private Boolean approved;
        private String comment;
        private boolean confirmed;

        public Boolean getApproved() { return approved; }
        public void setApproved(Boolean v) { this.approved = v; }
        public String getComment() { return comment; }
        public void setComment(String v) { this.comment = v; }
        public boolean isConfirmed() { return confirmed; }
        public void setConfirmed(boolean v) { this.confirmed = v; }
    }

    /** The owner's report of the users' migration onto the platform. */
    public static class Migration {
        private Integer migratedUsers;
        private String note;

        public Integer getMigratedUsers() { return migratedUsers; }
        public void setMigratedUsers(Integer v) { this.migratedUsers = v; }
        public String getNote() { return note; }
        public void setNote(String v) { this.note = v; }
    }

    /** The owner's confirmation: the stores it was delisted from, the service stopped, and the evidence. */
    public static class Offline {
        private List<String> storesDelisted = new ArrayList<>();
        private Boolean serviceStopped;
        private String evidence;

        public List<String> getStoresDelisted() { return storesDelisted; }
        public void setStoresDelisted(List<String> v) { this.storesDelisted = v; }
        public Boolean getServiceStopped() { return serviceStopped; }
        public void setServiceStopped(Boolean v) { this.serviceStopped = v; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String v) { this.evidence = v; }
    }

    /** The owner's deregistration (注销) statement. */
    public static class Deregistration {
        private String statement;

        public String getStatement() { return statement; }
        public void setStatement(String v) { this.statement = v; }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
