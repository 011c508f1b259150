// Node labels that never cover one another. Sigma's label grid keeps one label per grid
// cell, but long labels in neighbouring cells still collide (measured on the Aleppo graph:
// "Syrian government" over "Syrian foreign ministry"). This drawer remembers the boxes drawn
// in the current frame and skips a label that would overlap one; forced labels (selection,
// hover, path) are always drawn.
import type { Attributes } from 'graphology-types';
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from 'sigma/rendering';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction<Attributes, Attributes, Attributes>;
  /** Forgets the boxes of the previous frame; call before each render. */
  reset(): void;
}

/** `sideOf(x, width)`: which side of a node at screen x its label goes; right by default. */
export function createLabelDrawer(sideOf?: (x: number, width: number) => 'left' | 'right'): LabelDrawer {
  let boxes: Box[] = [];
  return {
    reset: () => {
      boxes = [];
    },
    draw: (context, data, settings) => {
      if (!data.label) return;
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const width = context.measureText(data.label).width;
      const onLeft = sideOf?.(data.x, context.canvas.width / (window.devicePixelRatio || 1)) === 'left';
      const left = onLeft ? data.x - data.size - 3 - width : data.x + data.size + 3;
      const baseline = data.y + size / 3;
      // The glyphs' own height (ascent and descent of the font), so that labels on successive lines both show.
      const box: Box = {
        left: left - 2,
        top: baseline - 0.9 * size,
        right: left + width + 2,
        bottom: baseline + 0.25 * size,
      };
      if (!data.forceLabel && boxes.some((drawn) => overlaps(drawn, box))) return;
      boxes.push(box);
      if (!onLeft) return drawDiscNodeLabel(context, data, settings);
      const colour = settings.labelColor;
      context.fillStyle = 'color' in colour && colour.color ? colour.color : '#000';
      context.fillText(data.label, left, baseline);
    },
  };
}
