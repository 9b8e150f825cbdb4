package ca.repere.lists;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.shared.LocalizedText;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The PDF of a list, read back as a person would: its text, and its QR code scanned. */
@RepereApplicationTest
class ListPdfIT {

  @LocalServerPort int port;
  @Autowired ResourceLists lists;
  @Autowired Directory directory;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void thePdfShowsEachServiceTheDateAndAQrCodeToTheOnlineList() throws Exception {
    ListsFixtures fixtures = new ListsFixtures(directory);
    String name = "Épicerie solidaire " + UUID.randomUUID().toString().substring(0, 8);
    CompiledService pantry =
        fixtures.openWeekdays(fixtures.service(name, "10, rue des Pins", false, "418 555-1111"));
    String shelterName = "Maison refuge " + UUID.randomUUID().toString().substring(0, 8);
    CompiledService shelter =
        fixtures.service(shelterName, "77, chemin Caché", true, "418 555-2222");
    ResourceList list =
        lists.create(
            LocalizedText.of("Aide en Haute-Gaspésie", "Help in Haute-Gaspésie"),
            UUID.randomUUID(),
            Visibility.LINK,
            null);
    lists.add(list.id(), pantry.service().id());
    lists.add(list.id(), shelter.service().id());
    lists.annotate(
        list.id(), pantry.service().id(), LocalizedText.of("Sans rendez-vous", "No appointment"));

    HttpResponse<byte[]> french = get("/listes/" + list.shareToken() + "/pdf?lang=fr");
    assertThat(french.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(french.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains(
              "Aide en Haute-Gaspésie",
              LocalDate.now().toString(),
              name,
              "Organisme " + name,
              "10, rue des Pins, Sainte-Anne-des-Monts",
              "418 555-1111",
              "du lundi au vendredi, de 9 h à 17 h",
              "Sans rendez-vous",
              shelterName,
              "418 555-2222",
              "Par téléphone",
              "Composez le 2-1-1")
          .doesNotContain("77, chemin Caché", "418 555-0999");
      assertThat(qrCode(pdf))
          .isEqualTo("http://localhost:" + port + "/listes/" + list.shareToken() + "?lang=fr");
    }

    try (PDDocument pdf =
        Loader.loadPDF(get("/listes/" + list.shareToken() + "/pdf?lang=en").body())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains(
              "Help in Haute-Gaspésie",
              name + " (en)",
              "Monday to Friday, 9:00 a.m. to 5:00 p.m.",
              "No appointment",
              "By phone",
              "Dial 2-1-1")
          .doesNotContain("77, chemin Caché", "418 555-0999");
    }
  }

  @Test
  void aPrivateListHasNoPdf() throws Exception {
    ResourceList list =
        lists.create(
            LocalizedText.of("Privée", "Private"), UUID.randomUUID(), Visibility.PRIVATE, null);
    assertThat(get("/listes/" + list.shareToken() + "/pdf").statusCode()).isEqualTo(404);
  }

  /** Renders the first page and scans it as a phone would. */
  private static String qrCode(PDDocument pdf) throws Exception {
    BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
    int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
    RGBLuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
