import QRCode from 'qrcode-generator';

// Returns path markup only: the modules of the code as <rect> elements.
export const getQRAsSVG = ({ value, size }: { value: string; size: number }) => {
  const qr = QRCode(0, 'M');
  qr.addData(value);
  qr.make();
  const count = qr.getModuleCount();
  const cell = Math.max(1, Math.floor(Math.min(size, 2000) / count));
  const rects: string[] = [];
  for (let r = 0; r < count; r++) {
    for (let c = 0; c < count; c++) {
      if (qr.isDark(r, c)) rects.push(`<rect x="${c * cell}" y="${r * cell}" width="${cell}" height="${cell}"/>`);
    }
  }
  return rects.join('');
};
