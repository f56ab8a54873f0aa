package paperwork.office;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering definitions behind {@code ul} and {@code ol}: one bullet definition shared by every
 * bulleted list, and a definition of its own for each numbered list so that each starts again at
 * its first number (or at its {@code start}).
 */
final class DocxNumbering {
    static final int LEVELS = 9;
    /** Indent per list level, in twentieths of a point (half an inch); the number hangs in the last quarter. */
    static final int INDENT = 567;
    static final int HANGING = 284;
    private static final String[] BULLETS = {"•", "–", "◦"};
    private static final STNumberFormat.Enum[] ORDERED = {STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER,
        STNumberFormat.LOWER_ROMAN};

    private final XWPFNumbering numbering;
    private BigInteger bullets;
    private int nextAbstract;

    DocxNumbering(XWPFDocument doc) {
        this.numbering = doc.createNumbering();
    }

    BigInteger bullets() {
        if (bullets == null) bullets = define(false, 1);
        return bullets;
    }

    BigInteger ordered(int start) {
        return define(true, start);
    }

    private BigInteger define(boolean ordered, int start) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(nextAbstract++);
        abs.setAbstractNumId(id);
        for (int i = 0; i < LEVELS; i++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.valueOf(i == 0 ? start : 1));
            if (ordered) {
                lvl.addNewNumFmt().setVal(ORDERED[i % ORDERED.length]);
                lvl.addNewLvlText().setVal("%" + (i + 1) + ".");
            } else {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(BULLETS[i % BULLETS.length]);
            }
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf((long) INDENT * (i + 1)));
            ind.setHanging(BigInteger.valueOf(HANGING));
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(abstractId);
    }
}
