package paperwork.learners;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import paperwork.render.LearnerDetails;

/**
 * What {@code learners} writes: one pack per learner whose choice is valid, in the folder
 * {@code learners/<reference-slug>/}, covering the learner's units (mandatory ones included).
 * Learners whose choice is invalid get no pack; their reasons stay in the report.
 */
public record LearnerPlan(List<Pack> packs) {
    public LearnerPlan {
        packs = List.copyOf(packs);
    }

    /**
     * One learner's pack.
     *
     * @param folder relative to the output folder, with {@code /} separators, e.g. {@code learners/lrn-1001}
     */
    public record Pack(LearnerDetails learner, String qualificationId, String folder, List<String> units,
            LearnerCheck check) {
        public Pack {
            units = List.copyOf(units);
        }
    }

    public static LearnerPlan of(LearnerListReport report) {
        List<Pack> packs = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        for (LearnerCheck c : report.valid()) {
            Learner l = c.learner();
            String slug = slug(l.reference());
            // References that differ only in case or punctuation would share a folder: keep them apart.
            String folder = "learners/" + slug;
            for (int n = 2; !folders.add(folder.toLowerCase(Locale.ROOT)); n++) {
                folder = "learners/" + slug + "-" + n;
            }
            packs.add(new Pack(new LearnerDetails(l.name(), l.reference(), l.centre(), l.assessor()),
                    c.qualificationId(), folder, c.units(), c));
        }
        return new LearnerPlan(packs);
    }

    /**
     * A file-name-safe form of a reference, case kept (LRN-1001 stays LRN-1001): ASCII letters,
     * digits, '-' and '_'; accents are dropped and other runs become '-'.
     */
    public static String slug(String reference) {
        String ascii = Normalizer.normalize(reference, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "learner-" + Integer.toHexString(reference.hashCode()) : s;
    }
}
