package org.fingertip.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilingNumberFormatTest {
    private final FilingNumberFormat hubei =
            new FilingNumberFormat(FilingNumberFormat.DEFAULT_PATTERN, 6, Map.of("420000", "鄂", "330000", "浙"));

    @Test
    void defaultFormatIsAbbreviationZhengYingBeiYearSequenceHao() {
        assertThat(hubei.format("420000", 2026, 123)).isEqualTo("鄂政应备2026000123号");
    }

    @ParameterizedTest(name = "sequence {0} → {1}")
    @CsvSource({
            "1,      鄂政应备2026000001号",
            "42,     鄂政应备2026000042号",
            "123456, 鄂政应备2026123456号",
            "999999, 鄂政应备2026999999号"})
    void padsTheSequenceToSixDigits(long sequence, String expected) {
        assertThat(hubei.format("420000", 2026, sequence)).isEqualTo(expected);
    }

    @Test
    void usesTheAbbreviationOfTheProvinceAndTheYear() {
        assertThat(hubei.format("330000", 2027, 7)).isEqualTo("浙政应备2027000007号");
    }

    @Test
    void refusesASequenceBeyondTheDigits() {
        assertThatIllegalStateException().isThrownBy(() -> hubei.format("420000", 2026, 1_000_000))
                .withMessageContaining("exhausted").withMessageContaining("420000").withMessageContaining("2026");
    }

    @Test
    void refusesAProvinceWithoutAbbreviation() {
        assertThatIllegalStateException().isThrownBy(() -> hubei.format("440000", 2026, 1))
                .withMessageContaining("440000");
    }

    @Test
    void patternAndDigitsAreConfigurable() {
        FilingNumberFormat custom = new FilingNumberFormat("{abbr}备{year}-{seq}", 4, Map.of("420000", "鄂"));

        assertThat(custom.format("420000", 2026, 42)).isEqualTo("鄂备2026-0042");
        assertThatIllegalStateException().isThrownBy(() -> custom.format("420000", 2026, 10_000));
    }

    @Test
    void refusesAPatternWithoutSequence() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FilingNumberFormat("{abbr}政应备{year}号", 6, Map.of("420000", "鄂")))
                .withMessageContaining("{seq}");
    }

    @Test
    void printsAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-EG"));

            assertThat(hubei.format("420000", 2026, 123)).isEqualTo("鄂政应备2026000123号");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
