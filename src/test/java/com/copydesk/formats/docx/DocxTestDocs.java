package com.copydesk.formats.docx;

/** Word fixtures for tests outside this package. */
public final class DocxTestDocs {
  private DocxTestDocs() {}

  /** The story: "recie"+"ved" in bold and italic runs, "leter" in italics, a table and "the the". */
  public static byte[] story() {
    return DocxFixtures.bytes(DocxFixtures.story());
  }

  /** A document with a footnote and a header with misspellings. */
  public static byte[] withNotesAndHeader() {
    return DocxFixtures.bytes(DocxFixtures.withNotesAndHeader());
  }
}
