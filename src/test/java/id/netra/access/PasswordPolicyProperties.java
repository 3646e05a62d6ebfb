package id.netra.access;

import id.netra.platform.FieldError;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password holding the account's name is refused however the name is written in it — any case, the dots of the name
 * left out or replaced, one part of it alone — and a password that holds none of it is not refused for that.
 */
class PasswordPolicyProperties {

    record Account(List<String> parts, String separator) {
        String username() {
            return String.join(separator, parts);
        }
    }

    @Provide
    Arbitrary<Account> accounts() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10).list()
                        .ofMinSize(1).ofMaxSize(3), Arbitraries.of(".", "_", "-"))
                .as(Account::new);
    }

    private static String written(String word, Random random) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            if (random.nextInt(6) == 0) {
                sb.append(List.of(".", "-", "_", " ", "*").get(random.nextInt(5)));
            }
        }
        return sb.toString();
    }

    private static boolean refusedForTheName(String username, String password) {
        return PasswordPolicy.problems("password", username, password).stream().map(FieldError::code)
                .anyMatch("access.password.username"::equals);
    }

    @Property(tries = 300)
    void theNameOrAPartOfItInAnyWritingIsRefused(@ForAll("accounts") Account account, @ForAll Random random) {
        String inside = random.nextBoolean() ? String.join(List.of("", ".", "-", "_").get(random.nextInt(4)), account.parts())
                : account.parts().get(random.nextInt(account.parts().size()));
        // Four digits each side: long enough (12) however short the name, so that only the name can refuse it.
        String password = String.format("%04d", random.nextInt(10000)) + written(inside, random) + "Zq"
                + String.format("%04d", random.nextInt(10000));
        assertThat(refusedForTheName(account.username(), password)).as(account.username() + " in " + password).isTrue();
    }

    @Property(tries = 300)
    void aPasswordWithoutTheNameIsNotRefusedForIt(@ForAll("accounts") Account account,
                                                  @ForAll("others") String other) {
        String folded = PasswordPolicy.folded(other);
        boolean holdsPart = account.parts().stream().anyMatch(folded::contains)
                || folded.contains(PasswordPolicy.folded(account.username()));
        assertThat(refusedForTheName(account.username(), other)).as(account.username() + " / " + other).isEqualTo(holdsPart);
    }

    @Provide
    Arbitrary<String> others() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('.', '-', '!')
                .ofMinLength(12).ofMaxLength(30);
    }

    @Example
    void theAccountsOfTheTrial() {
        assertThat(refusedForTheName("bawaslu.serang", "bawaslusserang1")).isTrue();
        assertThat(refusedForTheName("bawaslu.serang", "BawasluSerang2026")).isTrue();
        assertThat(refusedForTheName("bawaslu.serang", "Serang-2026-aman")).isTrue();
        assertThat(refusedForTheName("ppk.serang", "ppk.ser4ng.2026x")).isFalse();
        assertThat(PasswordPolicy.problems("password", "admin", "Password-1234").stream().map(FieldError::code))
                .contains("access.password.common");
    }
}
