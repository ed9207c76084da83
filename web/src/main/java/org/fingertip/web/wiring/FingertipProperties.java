package org.fingertip.web.wiring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.filing.FilingNumberFormat;
import org.fingertip.registry.precheck.PreCheckSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every number the rules give, as configuration with the default of DOMAIN.md ({@code fingertip.*}).
 */
@ConfigurationProperties("fingertip")
public class FingertipProperties {
    private final Filing filing = new Filing();
    private final PreCheck precheck = new PreCheck();
    private final Demo demo = new Demo();
    private final Calendar calendar = new Calendar();

    public Filing getFiling() { return filing; }
    public PreCheck getPrecheck() { return precheck; }
    public Demo getDemo() { return demo; }
    public Calendar getCalendar() { return calendar; }

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
