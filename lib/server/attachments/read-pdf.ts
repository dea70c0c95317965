import "@/lib/server/server-only";

/**
 * The number of pages of a PDF, or null when pdf.js (the reader browsers use) cannot open it.
 * The header test alone would let through a text file that starts with "%PDF-"; this is the
 * proof that the file is a PDF a citizen's browser will open.
 */
export async function pdfPageCount(bytes: Uint8Array): Promise<number | null> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes the buffer over (transfers it): give it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, stopAtErrors: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    // The first page must load too: a file whose page tree is broken is no use to a reader.
    await doc.getPage(1);
    return doc.numPages > 0 ? doc.numPages : null;
  } catch {
    return null;
  } finally {
    await task.destroy();
  }
}
