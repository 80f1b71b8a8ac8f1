package vn.cantho.gep.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Headers of file downloads. */
public final class Downloads {
  private Downloads() {}

  /**
   * A Content-Disposition for an attachment named in Vietnamese: an ASCII fallback without
   * diacritics in {@code filename}, the real name in {@code filename*} (RFC 6266, RFC 5987).
   */
  public static String attachment(String name) {
    String ascii =
        Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._-]+", "-");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
