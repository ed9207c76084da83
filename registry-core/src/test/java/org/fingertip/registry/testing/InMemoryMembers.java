package org.fingertip.registry.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.notification.Member;
import org.fingertip.registry.notification.Members;
import org.fingertip.registry.notification.Recipient;

/** Who belongs to which recipient, as a test says; nobody belongs anywhere until added. */
public final class InMemoryMembers implements Members {
    private final Map<String, List<Member>> byRecipient = new LinkedHashMap<>();

    /** Adds enabled users to a recipient such as {@code supervisor:420100} or {@code user:li.si}. */
    public synchronized InMemoryMembers add(String recipient, Member... members) {
        List<Member> list = byRecipient.computeIfAbsent(Recipient.parse(recipient).toString(), r -> new ArrayList<>());
        list.addAll(List.of(members));
        list.sort(Comparator.comparing(Member::username));
        return this;
    }

    @Override
    public synchronized List<Member> of(Recipient recipient) {
        return List.copyOf(byRecipient.getOrDefault(recipient.toString(), List.of()));
    }
}
