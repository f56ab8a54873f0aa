package paperwork.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Unit;
import paperwork.render.DocumentMetadata;
import paperwork.render.LearnerDetails;

/**
 * Evidence tracking workbooks, built from the catalogue model: a Summary sheet of live formulas,
 * then a sheet per unit with a row per criterion and knowledge item grouped by outcome. One per
 * qualification (pass its units), one per unit, and one per learner (pass only their units and
 * their details). The same inputs give the same bytes.
 */
public final class TrackingWorkbookWriter {
    /** The assessment-method key printed on the HABC forms. */
    public static final List<String> EVIDENCE_TYPES = List.of("Obs", "Pe", "Q", "Sim", "Wt", "D", "R", "O");
    public static final String SUMMARY_SHEET = "Summary";

    public byte[] write(Catalogue catalogue, List<Unit> units, String title, LearnerDetails learner,
            DocumentMetadata metadata) {
        LearnerDetails who = learner == null ? LearnerDetails.BLANK : learner;
        try (TrackingStreamedWorkbook wb = new TrackingStreamedWorkbook()) {
            TrackingStyles styles = new TrackingStyles(wb.getXSSFWorkbook());
            TrackingSheetNames names = new TrackingSheetNames();
            SXSSFSheet summary = wb.createSheet(names.reserve(SUMMARY_SHEET));
            List<TrackingUnitSheet.Placed> placed = new ArrayList<>();
            for (Unit unit : units) {
                SXSSFSheet sheet = wb.createSheet(names.forUnit(unit.id(), unit.title()));
                placed.add(TrackingUnitSheet.write(sheet, unit, who, title, styles));
            }
            TrackingSummarySheet.write(summary, title, qualificationsOf(catalogue, units), who, placed, styles);
            wb.setActiveSheet(0);
            wb.setForceFormulaRecalculation(true);
            DocumentMetadata props = metadata.title().isEmpty()
                    ? new DocumentMetadata(title, metadata.subject(), metadata.keywords(), metadata.language(),
                            metadata.author(), metadata.created())
                    : metadata;
            OfficeProperties.apply(wb.getXSSFWorkbook(), props);
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            wb.write(out);
            return ReproducibleZip.normalise(out.toByteArray(), metadata.created());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tracking workbook " + title, e);
        }
    }

    /** Names the qualifications that include every unit of the workbook, for the summary's note. */
    static String qualificationsOf(Catalogue catalogue, List<Unit> units) {
        if (catalogue == null || units.isEmpty()) return "";
        List<String> found = new ArrayList<>();
        for (Qualification q : catalogue.qualifications()) {
            boolean all = units.stream().allMatch(u -> q.units().contains(u.id()));
            if (all) found.add(q.title() + " (" + q.id() + ")");
        }
        if (found.isEmpty()) return "";
        return (units.size() == 1 ? "Part of " : "Units of ") + String.join("; ", found);
    }
}
