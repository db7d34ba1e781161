/**
 * A 28 × 28 grey image on a canvas, drawn pixel for pixel and enlarged by CSS without smoothing.
 * The canvas is an image with a name, so a screen reader hears what it shows.
 */
import { useEffect, useRef } from 'react';
import { greyToRgba } from '../../lib/labs/display';
import { SIDE } from '../../lib/labs/data';

export function GreyImage({ grey, label }: { grey: ArrayLike<number>; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.putImageData(new ImageData(greyToRgba(grey), SIDE, SIDE), 0, 0);
  }, [grey]);
  return <canvas ref={canvas} width={SIDE} height={SIDE} className="lab-image" role="img" aria-label={label} />;
}
