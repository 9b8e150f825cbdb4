package ca.repere.lists.web;

import ca.repere.lists.view.ListLine;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A list as a printable PDF (US Letter): title, generation date, a QR code to the online list, then
 * each service with its organization, address (or "by phone"), phones, hours and note. Built from
 * {@link ListLine}s only, so from the public view of each service.
 */
final class ListPdf {

  private static final float MARGIN = 54;
  private static final float QR_SIDE = 96;
  private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);
  private static final PDType1Font ITALIC = new PDType1Font(FontName.HELVETICA_OBLIQUE);

  /** The words of the page, already in the reader's language. */
  record Labels(
      String generated,
      String online,
      String phones,
      String hours,
      String byPhone,
      String provinceWide,
      String areas,
      String noLongerOffered,
      String empty,
      String footer,
      String colon) {}

  private final PDDocument document = new PDDocument();
  private PDPageContentStream text;
  private float y;

  private ListPdf() {}

  static byte[] of(String title, List<ListLine> lines, String url, Labels labels, Locale locale) {
    ListPdf pdf = new ListPdf();
    try {
      return pdf.write(title, lines, url, labels, locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(String title, List<ListLine> lines, String url, Labels labels, Locale locale)
      throws IOException {
    try (document) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("Repère 211");
      document.getDocumentCatalog().setLanguage(locale.getLanguage() + "-CA");
      newPage();
      qrCode(url);
      float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
      paragraph(title, BOLD, 18, width - QR_SIDE - 12);
      paragraph(labels.generated(), REGULAR, 10, width - QR_SIDE - 12);
      paragraph(labels.online() + " " + url, REGULAR, 9, width - QR_SIDE - 12);
      y = Math.min(y, PDRectangle.LETTER.getHeight() - MARGIN - QR_SIDE - 8);
      if (lines.isEmpty()) {
        paragraph(labels.empty(), REGULAR, 11, width);
      }
      int number = 1;
      for (ListLine line : lines) {
        y -= 10;
        entry(number++, line, labels, width);
      }
      y -= 12;
      paragraph(labels.footer(), BOLD, 10, width);
      text.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private void entry(int number, ListLine line, Labels labels, float width) throws IOException {
    if (!line.offered()) {
      paragraph(number + ". " + labels.noLongerOffered(), BOLD, 12, width);
    } else {
      paragraph(number + ". " + line.name(), BOLD, 12, width);
      if (line.organization() != null) {
        paragraph(line.organization(), REGULAR, 10, width);
      }
      for (String address : line.addresses()) {
        paragraph(address, REGULAR, 10, width);
      }
      if (line.addresses().isEmpty()) {
        paragraph(placeless(line, labels), REGULAR, 10, width);
      }
      if (!line.phones().isEmpty()) {
        paragraph(
            labels.phones() + labels.colon() + String.join(", ", line.phones()),
            REGULAR,
            10,
            width);
      }
      for (String hours : line.hours()) {
        paragraph(labels.hours() + labels.colon() + hours, REGULAR, 10, width);
      }
    }
    if (line.note() != null && !line.note().isBlank()) {
      paragraph(line.note(), ITALIC, 10, width);
    }
  }

  /** A service without a public address: reached by phone, everywhere or in named areas. */
  private static String placeless(ListLine line, Labels labels) {
    if (line.provinceWide()) {
      return labels.provinceWide();
    }
    return line.areas().isEmpty()
        ? labels.byPhone()
        : labels.byPhone()
            + " — "
            + labels.areas()
            + labels.colon()
            + String.join(", ", line.areas());
  }

  private void paragraph(String value, PDType1Font font, float size, float width)
      throws IOException {
    for (String source : value.split("\\R")) {
      for (String row : wrap(printable(source, font), font, size, width)) {
        if (y - size < MARGIN) {
          text.close();
          newPage();
        }
        y -= size * 1.3f;
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(MARGIN, y);
        text.showText(row);
        text.endText();
      }
    }
  }

  private static List<String> wrap(String value, PDType1Font font, float size, float width)
      throws IOException {
    List<String> rows = new ArrayList<>();
    StringBuilder row = new StringBuilder();
    for (String word : value.split(" ")) {
      String candidate = row.isEmpty() ? word : row + " " + word;
      if (row.isEmpty() || font.getStringWidth(candidate) / 1000 * size <= width) {
        row.setLength(0);
        row.append(candidate);
      } else {
        rows.add(row.toString());
        row.setLength(0);
        row.append(word);
      }
    }
    rows.add(row.toString());
    return rows;
  }

  /** The standard PDF fonts cover French and English; any other character becomes "?". */
  private static String printable(String value, PDType1Font font) {
    StringBuilder out = new StringBuilder();
    value
        .codePoints()
        .forEach(
            c -> {
              String character = c == 0x202F || c == 0x2009 ? " " : Character.toString(c);
              try {
                font.encode(character);
                out.append(character);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private void newPage() throws IOException {
    PDPage page = new PDPage(PDRectangle.LETTER);
    document.addPage(page);
    text = new PDPageContentStream(document, page);
    y = PDRectangle.LETTER.getHeight() - MARGIN;
  }

  /** Drawn as vector squares in the top right corner of the first page. */
  private void qrCode(String url) throws IOException {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
    } catch (WriterException e) {
      throw new IllegalStateException("Cannot draw the QR code of " + url, e);
    }
    float module = QR_SIDE / matrix.getWidth();
    float left = PDRectangle.LETTER.getWidth() - MARGIN - QR_SIDE;
    float top = PDRectangle.LETTER.getHeight() - MARGIN;
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int column = 0; column < matrix.getWidth(); column++) {
        if (matrix.get(column, row)) {
          text.addRect(left + column * module, top - (row + 1) * module, module, module);
        }
      }
    }
    text.fill();
  }
}
