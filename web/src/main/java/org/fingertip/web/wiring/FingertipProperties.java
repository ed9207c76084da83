package org.fingertip.web.wiring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.filing.FilingNumberFormat;
import org.fingertip.registry.precheck.PreCheckSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every number the rules give, as configuration with the default of DOMAIN.md ({@code fingertip.*}).
 */
@ConfigurationProperties("fingertip")
public class FingertipProperties {
    private final Filing filing = new Filing();
    private final PreCheck precheck = new PreCheck();
    private final Demo demo = new Demo();
    private final Calendar calendar = new Calendar();
    private final Ledger ledger = new Ledger();
    private final Evaluation evaluation = new Evaluation();
    private final Recheck recheck = new Recheck();
    private final Exit exit = new Exit();
    private final Change change = new Change();
    private final Inventory inventory = new Inventory();
    private final Tasks tasks = new Tasks();
    private final Notifications notifications = new Notifications();

    public Filing getFiling() { return filing; }
    public PreCheck getPrecheck() { return precheck; }
    public Demo getDemo() { return demo; }
    public Calendar getCalendar() { return calendar; }
    public Ledger getLedger() { return ledger; }
    public Evaluation getEvaluation() { return evaluation; }
    public Recheck getRecheck() { return recheck; }
    public Exit getExit() { return exit; }
    public Change getChange() { return change; }
    public Inventory getInventory() { return inventory; }
    public Tasks getTasks() { return tasks; }

    /** Deadlines of human tasks (DOMAIN.md, "Durations"): the reminder before the due date, and any other task. */
    public static class Tasks {
        /** A reminder (催办) goes out this many working days before a task falls due. */
        private int reminderWorkingDays = 2;
        /** A human task of no other duration is due in this many working days. */
        private int otherTaskWorkingDays = 5;

        public int getReminderWorkingDays() { return reminderWorkingDays; }
        public void setReminderWorkingDays(int v) { this.reminderWorkingDays = v; }
        public int getOtherTaskWorkingDays() { return otherTaskWorkingDays; }
        public void setOtherTaskWorkingDays(int v) { this.otherTaskWorkingDays = v; }

        public org.fingertip.registry.task.DeadlineSettings toSettings() {
            return new org.fingertip.registry.task.DeadlineSettings(reminderWorkingDays, otherTaskWorkingDays);
        }
    }

    public Notifications getNotifications() { return notifications; }

    /**
     * Notifications and their emails. Email is on only when a mail server is configured ({@code spring.mail.host});
     * then {@code mail-from} is required.
     */
    public static class Notifications {
        /** The sender of notification emails, e.g. {@code 指尖 <noreply@fingertip.example.gov.cn>}. */
        private String mailFrom;
        /** The site's address for the links in emails, e.g. {@code https://fingertip.example.gov.cn}; none if empty. */
        private String siteUrl;
        /** This node's name in the outbox's leases; by default the JVM's {@code pid@host}. */
        private String nodeId;
        private final Delivery delivery = new Delivery();

        public String getMailFrom() { return mailFrom; }
        public void setMailFrom(String v) { this.mailFrom = v; }
        public String getSiteUrl() { return siteUrl; }
        public void setSiteUrl(String v) { this.siteUrl = v; }
        public String getNodeId() { return nodeId; }
        public void setNodeId(String v) { this.nodeId = v; }
        public Delivery getDelivery() { return delivery; }

        /** Delivery from the outbox (defaults of {@code DeliverySettings.defaults()}). */
        public static class Delivery {
            /** Poll the outbox on this node (every node may: the claim keeps a row to one of them). */
            private boolean poll = true;
            /** Wait between the end of one poll and the start of the next. */
            private java.time.Duration pollInterval = java.time.Duration.ofSeconds(15);
            /** Attempts before a delivery is given up (FAILED; the in-app notification stays). */
            private int maxAttempts = 8;
            /** Wait after the first failure, doubled after each further one… */
            private java.time.Duration firstBackoff = java.time.Duration.ofSeconds(30);
            /** …up to this. */
            private java.time.Duration maxBackoff = java.time.Duration.ofHours(1);
            /** Deliveries one poll claims at most. */
            private int batchSize = 20;
            /** How long a claim holds a row; keep it above the mail server's timeouts. */
            private java.time.Duration lease = java.time.Duration.ofMinutes(5);

            public boolean isPoll() { return poll; }
            public void setPoll(boolean v) { this.poll = v; }
            public java.time.Duration getPollInterval() { return pollInterval; }
            public void setPollInterval(java.time.Duration v) { this.pollInterval = v; }
            public int getMaxAttempts() { return maxAttempts; }
            public void setMaxAttempts(int v) { this.maxAttempts = v; }
            public java.time.Duration getFirstBackoff() { return firstBackoff; }
            public void setFirstBackoff(java.time.Duration v) { this.firstBackoff = v; }
            public java.time.Duration getMaxBackoff() { return maxBackoff; }
            public void setMaxBackoff(java.time.Duration v) { this.maxBackoff = v; }
            public int getBatchSize() { return batchSize; }
            public void setBatchSize(int v) { this.batchSize = v; }
            public java.time.Duration getLease() { return lease; }
            public void setLease(java.time.Duration v) { this.lease = v; }
        }
    }


    /** The inventory of apps already live (存量) and its backlog. */
    public static class Inventory {
        /** The rules' effective date (国办函〔2026〕12号). */
        @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
        private java.time.LocalDate rulesEffectiveDate = java.time.LocalDate.of(2026, 1, 25);
        /** Months from the effective date to file an app already live. */
        private int filingMonths = 6;
        /** Overdue apps the daily sweep handles per job and transaction. */
        private int sweepBatchSize = 100;

        public org.fingertip.registry.inventory.InventorySettings toSettings() {
            return new org.fingertip.registry.inventory.InventorySettings(rulesEffectiveDate, filingMonths,
                    sweepBatchSize);
        }

        public java.time.LocalDate getRulesEffectiveDate() { return rulesEffectiveDate; }
        public void setRulesEffectiveDate(java.time.LocalDate v) { this.rulesEffectiveDate = v; }
        public int getFilingMonths() { return filingMonths; }
        public void setFilingMonths(int v) { this.filingMonths = v; }
        public int getSweepBatchSize() { return sweepBatchSize; }
        public void setSweepBatchSize(int v) { this.sweepBatchSize = v; }
    }

    /** Change filing (变更备案); its reviews and resubmission take the filing's working days. */
    public static class Change {
        /** Calendar days a change is filed ahead of the day it takes effect. */
        private int noticeDays = 30;

        public org.fingertip.registry.change.ChangeSettings toSettings() {
            return new org.fingertip.registry.change.ChangeSettings(noticeDays);
        }

        public int getNoticeDays() { return noticeDays; }
        public void setNoticeDays(int v) { this.noticeDays = v; }
    }

    /** Clearance and exit (defaults of {@code ExitSettings.defaults()}). */
    public static class Exit {
        /** Calendar days the public notice runs before the offline date, at least. */
        private int noticeDays = 30;
        /** Working days the owner has after going offline to file the deregistration. */
        private int deregistrationWorkingDays = 10;
        /** Working days for the owner's plan and migration report. */
        private int planWorkingDays = 10;

        public org.fingertip.registry.exit.ExitSettings toSettings() {
            return new org.fingertip.registry.exit.ExitSettings(noticeDays, deregistrationWorkingDays);
        }

        public int getNoticeDays() { return noticeDays; }
        public void setNoticeDays(int v) { this.noticeDays = v; }
        public int getDeregistrationWorkingDays() { return deregistrationWorkingDays; }
        public void setDeregistrationWorkingDays(int v) { this.deregistrationWorkingDays = v; }
        public int getPlanWorkingDays() { return planWorkingDays; }
        public void setPlanWorkingDays(int v) { this.planWorkingDays = v; }
    }

    // ---- evidence files (ledger attachments) ----
    private final Attachments attachments = new Attachments();

    public Attachments getAttachments() { return attachments; }

    /**
     * Evidence files attached to records (ledger items). {@code max-size} must not exceed
     * {@code spring.servlet.multipart.max-file-size}, which carries the file to us: the application refuses to start
     * otherwise.
     */
    public static class Attachments {
        /** The largest file accepted (default 10 MB, binary: 10 MiB). */
        private DataSize maxSize = DataSize.ofMegabytes(10);
        /** How many files one record (a ledger item) may collect. */
        private int maxPerRecord = 20;

        public DataSize getMaxSize() { return maxSize; }
        public void setMaxSize(DataSize v) { this.maxSize = v; }
        public int getMaxPerRecord() { return maxPerRecord; }
        public void setMaxPerRecord(int v) { this.maxPerRecord = v; }
    }

    /** The periodic re-check (defaults of {@code RecheckSettings.defaults()}). */
    public static class Recheck {
        private int zombieDaysApp = 365;
        private int zombieDaysAccount = 14;
        private int usageWindowMonths = 12;
        private int minUsageMonths = 6;
        private double nearZeroUsageRatio = 0.01;
        private double lowUsageRatio = 0.05;
        private int burdenThreshold = 5;
        /** Calendar days a zombie's owner has to update the app or appeal. */
        private int appealWindowDays = 90;
        /** Working days the owner has to answer the self-inspection. */
        private int selfInspectionWorkingDays = 10;
        /** Months between an app's periodic re-checks. */
        private int cycleMonths = 6;
        /** Days over which the periodic re-checks' due dates are spread by app id. */
        private int cycleSpreadDays = 30;
        /** The most periodic re-checks one run (every ten minutes) starts. */
        private int cycleBatchSize = 200;
        /** Re-checks a campaign starts per background job (read by CampaignBatchDelegate). */
        private int campaignBatchSize = 100;

        public org.fingertip.registry.campaign.CycleSettings toCycleSettings() {
            return new org.fingertip.registry.campaign.CycleSettings(cycleMonths, cycleSpreadDays, cycleBatchSize);
        }

        public org.fingertip.registry.recheck.RecheckSettings toSettings() {
            return new org.fingertip.registry.recheck.RecheckSettings(zombieDaysApp, zombieDaysAccount,
                    usageWindowMonths, minUsageMonths, nearZeroUsageRatio, lowUsageRatio, burdenThreshold,
                    appealWindowDays, selfInspectionWorkingDays);
        }

        public int getZombieDaysApp() { return zombieDaysApp; }
        public void setZombieDaysApp(int v) { this.zombieDaysApp = v; }
        public int getZombieDaysAccount() { return zombieDaysAccount; }
        public void setZombieDaysAccount(int v) { this.zombieDaysAccount = v; }
        public int getUsageWindowMonths() { return usageWindowMonths; }
        public void setUsageWindowMonths(int v) { this.usageWindowMonths = v; }
        public int getMinUsageMonths() { return minUsageMonths; }
        public void setMinUsageMonths(int v) { this.minUsageMonths = v; }
        public double getNearZeroUsageRatio() { return nearZeroUsageRatio; }
        public void setNearZeroUsageRatio(double v) { this.nearZeroUsageRatio = v; }
        public double getLowUsageRatio() { return lowUsageRatio; }
        public void setLowUsageRatio(double v) { this.lowUsageRatio = v; }
        public int getBurdenThreshold() { return burdenThreshold; }
        public void setBurdenThreshold(int v) { this.burdenThreshold = v; }
        public int getAppealWindowDays() { return appealWindowDays; }
        public void setAppealWindowDays(int v) { this.appealWindowDays = v; }
        public int getSelfInspectionWorkingDays() { return selfInspectionWorkingDays; }
        public void setSelfInspectionWorkingDays(int v) { this.selfInspectionWorkingDays = v; }
        public int getCycleMonths() { return cycleMonths; }
        public void setCycleMonths(int v) { this.cycleMonths = v; }
        public int getCycleSpreadDays() { return cycleSpreadDays; }
        public void setCycleSpreadDays(int v) { this.cycleSpreadDays = v; }
        public int getCycleBatchSize() { return cycleBatchSize; }
        public void setCycleBatchSize(int v) { this.cycleBatchSize = v; }
        public int getCampaignBatchSize() { return campaignBatchSize; }
        public void setCampaignBatchSize(int v) { this.campaignBatchSize = v; }
    }

    /** Evaluation feedback. */
    public static class Evaluation {
        /** Distinct burden reporters that open a ledger item and a re-check. */
        private int threshold = 5;
        /** The rolling window they are counted in, in calendar days. */
        private int windowDays = 30;

        public int getThreshold() { return threshold; }
        public void setThreshold(int v) { this.threshold = v; }
        public int getWindowDays() { return windowDays; }
        public void setWindowDays(int v) { this.windowDays = v; }
    }

    /** The rectification ledger. */
    public static class Ledger {
        /** Calendar days an item is due after it is opened. */
        private int deadlineDays = 30;
        /** Calendar days of the one extension. */
        private int extensionDays = 30;

        public int getDeadlineDays() { return deadlineDays; }
        public void setDeadlineDays(int v) { this.deadlineDays = v; }
        public int getExtensionDays() { return extensionDays; }
        public void setExtensionDays(int v) { this.extensionDays = v; }
    }

    /** Review and filing. */
    public static class Filing {
        /** Working days for the city's first review. */
        private int firstReviewDays = 10;
        /** Working days for the provincial review. */
        private int provincialReviewDays = 10;
        /** Working days the applicant has to resubmit after a return. */
        private int resubmitDays = 15;
        /** Printed form of a filing number. */
        private String numberPattern = FilingNumberFormat.DEFAULT_PATTERN;
        private int numberDigits = 6;
        /** Province code to its abbreviation in filing numbers. */
        private Map<String, String> provinceAbbreviations = new LinkedHashMap<>(Map.of("420000", "鄂"));

        public int getFirstReviewDays() { return firstReviewDays; }
        public void setFirstReviewDays(int v) { this.firstReviewDays = v; }
        public int getProvincialReviewDays() { return provincialReviewDays; }
        public void setProvincialReviewDays(int v) { this.provincialReviewDays = v; }
        public int getResubmitDays() { return resubmitDays; }
        public void setResubmitDays(int v) { this.resubmitDays = v; }
        public String getNumberPattern() { return numberPattern; }
        public void setNumberPattern(String v) { this.numberPattern = v; }
        public int getNumberDigits() { return numberDigits; }
        public void setNumberDigits(int v) { this.numberDigits = v; }
        public Map<String, String> getProvinceAbbreviations() { return provinceAbbreviations; }
        public void setProvinceAbbreviations(Map<String, String> v) { this.provinceAbbreviations = v; }
    }

    /** The automatic pre-check. */
    public static class PreCheck {
        /** Words in function names that reveal a banned feature, mapped to the ban (1–5, 6 for uploads). */
        private Map<String, Integer> bannedWords = new LinkedHashMap<>(PreCheckSettings.defaultBannedWords());
        /** Share of the new app's functions another filed app must offer to count as a duplicate. */
        private double duplicateThreshold = 0.5;

        public Map<String, Integer> getBannedWords() { return bannedWords; }
        public void setBannedWords(Map<String, Integer> v) { this.bannedWords = v; }
        public double getDuplicateThreshold() { return duplicateThreshold; }
        public void setDuplicateThreshold(double v) { this.duplicateThreshold = v; }
    }

    /** Demo data for the embedded default. */
    public static class Demo {
        /** Seed the demo province, users and apps on first start (never in the mysql profile). */
        private boolean seed = false;
        /** How many inventory apps to create. */
        private int apps = 160;

        public boolean isSeed() { return seed; }
        public void setSeed(boolean v) { this.seed = v; }
        public int getApps() { return apps; }
        public void setApps(int v) { this.apps = v; }
    }

    /** The working-day calendar: one YAML file per year on the classpath. */
    public static class Calendar {
        private List<String> files = List.of("classpath:calendar/cn-public-holidays-2026.yaml");

        public List<String> getFiles() { return files; }
        public void setFiles(List<String> v) { this.files = v; }
    }
}
