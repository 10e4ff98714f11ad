package org.quietroom.core.view;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.core.view.Trees.ENGLISH;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Assessment;
import org.quietroom.core.OwnWrites;
import org.quietroom.core.apps.AppMatch;
import org.quietroom.core.helplines.Helplines;
import org.quietroom.core.i18n.Pages;
import org.quietroom.core.preset.Contact;
import org.quietroom.core.questions.Walk;

/**
 * What the views really produce, over many inputs, uses only the tags and attributes {@link OwnWrites} declares:
 * the page's watch would otherwise report the page's own markup as added by someone else. (OwnWritesTest checks
 * the views' source the same way, for branches no input here reaches.)
 */
class ViewsDeclaredTest {
    static List<Node> everyView() {
        List<Node> all = new ArrayList<>();
        for (Assessment a : FindingsViewTest.assessments()) {
            all.addAll(FindingsView.items(a, ENGLISH, true));
        }
        Walk walk = Walk.start();
        for (int i = 0; i < 40 && !walk.done(); i++) {
            walk = walk.choose(walk.current().options().get(0), true);
            all.add(QuestionView.of(walk, ENGLISH));
            walk = walk.next();
        }
        all.add(QuestionView.of(walk, ENGLISH));
        all.addAll(PlanView.body(PlanViewTest.plan(), Helplines.forCountry("US"), ENGLISH, "apps.html"));
        all.addAll(PlanView.advice(PlanViewTest.plan(), ENGLISH));
        for (String typed : List.of("GuestSpy", "life360", "spy", "nothing like it")) {
            for (AppMatch m : AppResultViewTest.TABLE.lookup(typed)) {
                all.add(AppResultView.of(m, AppResultViewTest.TABLE, ENGLISH));
            }
        }
        for (Contact c : ContactViewTest.contacts()) {
            all.add(ContactView.of(c, ENGLISH));
        }
        all.addAll(SwitcherView.items(Pages.switcher("index", List.of("en", "es"), "en"), lang -> ENGLISH));
        return all;
    }

    @Test
    void noElementHasTheSameAttributeTwice() {
        for (Node e : Trees.elements(everyView())) {
            Set<String> names = new TreeSet<>();
            for (int i = 0; i < e.attributeCount(); i++) {
                assertTrue(names.add(e.attributeName(i)), "<" + e.tag() + "> sets " + e.attributeName(i) + " twice");
            }
        }
    }

    @Test
    void everyTagAndAttributeTheViewsWriteIsDeclared() {
        Set<String> tags = new TreeSet<>();
        Set<String> attributes = new TreeSet<>();
        for (Node e : Trees.elements(everyView())) {
            tags.add(e.tag());
            for (int i = 0; i < e.attributeCount(); i++) {
                attributes.add(e.attributeName(i));
            }
        }
        for (String tag : tags) {
            assertTrue(OwnWrites.FILL_TAGS.contains(tag), "<" + tag + "> is not in OwnWrites.FILL_TAGS");
        }
        for (String name : attributes) {
            assertTrue(OwnWrites.isFillAttribute(name), name + " is not a declared fill attribute");
        }
        assertTrue(tags.containsAll(List.of("bdi", "details", "fieldset", "input", "ol", "section", "span")), tags::toString);
        assertTrue(attributes.containsAll(List.of("checked", "data-remedy", "data-may-alert", "aria-controls", "rel")),
                attributes::toString);
    }
}
