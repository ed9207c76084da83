package org.fingertip.registry.precheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FilingForm.AppFunction;
import org.fingertip.registry.form.FormRules;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.shared.FieldError;

/**
 * The automatic pre-check of a submitted form. Incomplete sections, banned features and the level rule block
 * (the application is returned at once); duplicates and platform overlaps are advisory. The re-check asks the same
 * rules again of a filed app, category by category ({@link #bans}, {@link #duplicates}, {@link #platformOverlap}).
 */
public final class PreCheck {
    private static final String[] BAN_NAMES = {
            "",
            "打卡、积分排名、在线时长类功能",
            "强制下载安装或以下载率、安装率考核",
            "以点赞、转发、学习时长、投票数评价工作",
            "重复填表报数",
            "商业性使用",
            "不必要的拍照、视频或位置轨迹上传"};

    private final PreCheckSettings settings;
    private final FiledFunctions filedFunctions;
    private final PlatformCatalogue platformCatalogue;

    public PreCheck(PreCheckSettings settings, FiledFunctions filedFunctions, PlatformCatalogue platformCatalogue) {
        this.settings = settings;
        this.filedFunctions = filedFunctions;
        this.platformCatalogue = platformCatalogue;
    }

    /** Runs every rule; {@code appId} is the application itself, left out of the duplicate search. */
    public List<Finding> check(long appId, FilingForm form, Unit owner) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(incompleteSections(form));
        findings.addAll(bans(form));
        findings.addAll(level(form, owner));
        findings.addAll(duplicates(appId, form, owner));
        findings.addAll(platformOverlap(form, owner));
        return findings;
    }

    /** One finding per section that misses fields, naming the first missing field. */
    public static List<Finding> incompleteSections(FilingForm form) {
        Map<FormSection, List<FieldError>> bySection = new LinkedHashMap<>();
        for (FieldError missing : FormRules.missingFields(form)) {
            bySection.computeIfAbsent(FormSection.ofField(missing.field()), s -> new ArrayList<>()).add(missing);
        }
        List<Finding> findings = new ArrayList<>();
        bySection.forEach((section, errors) -> findings.add(Finding.blocking(FindingCode.INCOMPLETE_SECTION,
                errors.get(0).field(), section.label() + "不完整：" + errors.get(0).message()
                        + (errors.size() > 1 ? "（共 " + errors.size() + " 项未填）" : ""))));
        return findings;
    }

    /**
     * One finding per function and ban it breaks: blocking, or advisory for a first-ban feature explained as security
     * or emergency duty. The re-check counts the blocking ones again.
     */
    public List<Finding> bans(FilingForm form) {
        List<Finding> findings = new ArrayList<>();
        List<AppFunction> functions = form.functionsOrEmpty();
        for (int i = 0; i < functions.size(); i++) {
            AppFunction f = functions.get(i);
            if (f == null) {
                continue;
            }
            String field = "functions[" + i + "]";
            String label = f.name() == null ? "第 " + (i + 1) + " 项功能" : "功能“" + f.name() + "”";
            boolean explained = f.exceptionReason() != null && !f.exceptionReason().isBlank();
            // each ban broken, with the word that revealed it (null when only the category did)
            Map<Integer, String> broken = new TreeMap<>();
            if (f.category() != null && f.category().isFirstBan()) {
                broken.put(1, null);
            }
            // normalised, so that "打 卡" or "签　到" do not slip past the word list
            String name = FunctionNames.normalise(f.name());
            for (Map.Entry<String, Integer> e : settings.bannedWords().entrySet()) {
                if (name.contains(FunctionNames.normalise(e.getKey()))) {
                    broken.putIfAbsent(e.getValue(), e.getKey());
                }
            }
            for (Map.Entry<Integer, String> b : broken.entrySet()) {
                int ban = b.getKey();
                String word = b.getValue();
                String why = word != null ? "（含“" + word + "”）" : "（类别 " + f.category() + "）";
                if (ban == 1 && explained) {
                    findings.add(Finding.advisory(FindingCode.BANNED_FEATURE, field + ".exceptionReason",
                            label + why + "属于" + BAN_NAMES[1] + "，申报为安保、应急值守例外：" + f.exceptionReason()
                                    + "。请审核员核实。"));
                } else {
                    findings.add(Finding.blocking(FindingCode.BANNED_FEATURE, field + ".name",
                            label + why + "属于“五个不得”禁止的" + BAN_NAMES[ban]
                                    + (ban == 1 ? "；确因安保、应急值守需要的，请在该功能的“例外说明”中单独说明" : "；请删除或改造该功能")));
                }
            }
        }
        return findings;
    }

    static List<Finding> level(FilingForm form, Unit owner) {
        if (owner == null || !owner.level().isBelowCounty()) {
            return List.of();
        }
        String justification = form.justification();
        if (justification == null || justification.isBlank()) {
            return List.of(Finding.blocking(FindingCode.LEVEL_BELOW_COUNTY, "projectApproval.justification",
                    "主办单位“" + owner.name() + "”为" + owner.level().label() + "，县级以下原则上不建设应用；"
                            + "确需建设的，请在立项情况中说明理由"));
        }
        return List.of(Finding.advisory(FindingCode.LEVEL_BELOW_COUNTY, "projectApproval.justification",
                "主办单位为" + owner.level().label() + "，已说明建设理由，请审核员核实：" + justification));
    }

    /**
     * One advisory finding per filed app of the owner's city (the province, for a provincial unit) that offers at least
     * the threshold's share of the form's functions; {@code appId} itself is never its own duplicate.
     */
    public List<Finding> duplicates(long appId, FilingForm form, Unit owner) {
        Set<String> names = normalisedNames(form);
        if (owner == null || names.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String scope = owner.division().cityPath();
        for (FiledFunctions.SharedFunctions shared : filedFunctions.filedAppsSharing(scope, names, appId)) {
            if (shared.sharedCount() >= settings.duplicateThreshold() * names.size()) {
                findings.add(new Finding(FindingCode.DUPLICATE_APP,
                        "与已备案应用“" + shared.appName() + "”（" + shared.filingNumber() + "）有 " + shared.sharedCount()
                                + " 项相同功能（本应用共 " + names.size() + " 项），请说明为何不能共用",
                        "functions", false, shared.appId()));
            }
        }
        return findings;
    }

    /** One advisory finding per function that the province's unified platform already offers (per platform). */
    public List<Finding> platformOverlap(FilingForm form, Unit owner) {
        Set<String> names = normalisedNames(form);
        if (owner == null || names.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (PlatformCatalogue.PlatformFunction pf : platformCatalogue.matching(owner.division().provinceCode(), names)) {
            int index = indexOf(form, pf.functionName());
            findings.add(Finding.advisory(FindingCode.PLATFORM_OVERLAP,
                    index >= 0 ? "functions[" + index + "].name" : "functions",
                    "功能“" + pf.functionName() + "”已由统一平台“" + pf.platformName() + "”提供，可作为平台模块建设而非单独建设"));
        }
        return findings;
    }

    private static Set<String> normalisedNames(FilingForm form) {
        Set<String> names = new LinkedHashSet<>();
        for (AppFunction f : form.functionsOrEmpty()) {
            if (f != null && f.name() != null) {
                String n = FunctionNames.normalise(f.name());
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    private static int indexOf(FilingForm form, String functionName) {
        String wanted = FunctionNames.normalise(functionName);
        List<AppFunction> functions = form.functionsOrEmpty();
        for (int i = 0; i < functions.size(); i++) {
            if (functions.get(i) != null && FunctionNames.normalise(functions.get(i).name()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** True when any finding blocks the application. */
    public static boolean blocks(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::blocking);
    }
}
