import { useEffect, useRef, useState } from 'react';

// The first page of a PDF paper, drawn by PDF.js in the page itself (no plug-in, no
// network). PDF.js is loaded only when a preview is first asked for.

let pdfjs: Promise<typeof import('pdfjs-dist')> | null = null;
function loadPdfJs() {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();
    return lib;
  });
  return pdfjs;
}

export function PdfPreview({ bytes, label }: { readonly bytes: Uint8Array; readonly label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const lib = await loadPdfJs();
        // PDF.js takes ownership of the buffer it is given, so it gets a copy.
        const document = await lib.getDocument({
          data: bytes.slice(),
          isEvalSupported: false,
          standardFontDataUrl: new URL('pdfjs/standard_fonts/', window.location.href).toString(),
          cMapUrl: new URL('pdfjs/cmaps/', window.location.href).toString(),
          cMapPacked: true,
        }).promise;
        const page = await document.getPage(1);
        const viewport = page.getViewport({ scale: 240 / page.getViewport({ scale: 1 }).width });
        if (cancelled || !canvas.current) return;
        canvas.current.width = Math.floor(viewport.width);
        canvas.current.height = Math.floor(viewport.height);
        await page.render({ canvas: canvas.current, canvasContext: canvas.current.getContext('2d')!, viewport }).promise;
        canvas.current.dataset.rendered = 'true';
        void document.destroy();
      } catch (error) {
        if (!cancelled) setProblem(`The preview could not be drawn (${error instanceof Error ? error.message : String(error)}).`);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [bytes]);

  return problem ? <p className="hint">{problem}</p> : <canvas ref={canvas} className="pdf-preview" role="img" aria-label={label} />;
}
