package ca.repere.accounts.secondfactor;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.util.Map;

/**
 * A QR code as an SVG path, inlined in the page: no image request, no {@code data:} URL for the
 * Content Security Policy to allow.
 */
public final class QrCode {

  private QrCode() {}

  /** The SVG path data ("M x y h1v1h-1z…") of the dark modules, and the side in modules. */
  public static Svg of(String text) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
      StringBuilder path = new StringBuilder();
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          if (matrix.get(x, y)) {
            path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
          }
        }
      }
      return new Svg(path.toString(), matrix.getWidth());
    } catch (WriterException e) {
      throw new IllegalStateException("Cannot draw the QR code", e);
    }
  }

  public record Svg(String path, int size) {}
}
