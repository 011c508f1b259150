// Node labels that never cover one another. Sigma's label grid keeps one label per grid
// cell, but long labels in neighbouring cells still collide (measured on the Aleppo graph:
// "Syrian government" over "Syrian foreign ministry"). This drawer remembers the boxes drawn
// in the current frame and skips a label that would overlap one; forced labels (selection,
// hover, path) are always drawn. Edge labels (./edgeLabels.ts) then keep clear of the node
// labels, of the labelled nodes' discs and of one another.
import type { Attributes } from 'graphology-types';
import { drawDiscNodeLabel, type EdgeLabelDrawingFunction, type NodeLabelDrawingFunction } from 'sigma/rendering';
import { DEFAULT_CURVATURE, discBox, labelSpot, overlaps, type Box } from './edgeLabels.ts';

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction<Attributes, Attributes, Attributes>;
  /** Edge labels upright on their curves, where they cover no node, node label or other edge label. */
  drawEdge: EdgeLabelDrawingFunction<Attributes, Attributes, Attributes>;
  /** Forgets the boxes of the previous frame; call before each render. */
  reset(): void;
}

/** `sideOf(x, width)`: which side of a node at screen x its label goes; right by default. */
export function createLabelDrawer(sideOf?: (x: number, width: number) => 'left' | 'right'): LabelDrawer {
  let boxes: Box[] = [];
  let discs: Box[] = [];
  let edgeBoxes: Box[] = [];
  // Sigma clears the edge-label canvas at the start of each pass over the edge labels, which it
  // also runs alone (on hover) between full renders: that clearing is what starts a new pass.
  const watched = new WeakSet<CanvasRenderingContext2D>();
  const watchClears = (context: CanvasRenderingContext2D): void => {
    if (watched.has(context)) return;
    watched.add(context);
    const clear = context.clearRect.bind(context);
    context.clearRect = (x, y, width, height) => {
      edgeBoxes = [];
      clear(x, y, width, height);
    };
  };
  return {
    reset: () => {
      boxes = [];
      discs = [];
    },
    drawEdge: (context, data, source, target, settings) => {
      if (!data.label) return;
      watchClears(context);
      const size = settings.edgeLabelSize;
      context.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
      const width = context.measureText(data.label).width + 4;
      const height = size;
      const curvature = typeof data.curvature === 'number' ? data.curvature : DEFAULT_CURVATURE;
      const taken = [...boxes, ...discs, ...edgeBoxes];
      let box = labelSpot(source, target, curvature, width, height, taken);
      if (!box && data.labelAlways === true) box = labelSpot(source, target, curvature, width, height, []);
      if (!box) return;
      edgeBoxes.push(box);
      const x = (box.left + box.right) / 2;
      const y = (box.top + box.bottom) / 2;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.lineJoin = 'round';
      context.lineWidth = 3;
      context.strokeStyle = '#ffffff';
      context.strokeText(data.label, x, y);
      const colour = settings.edgeLabelColor;
      context.fillStyle = 'color' in colour && colour.color ? colour.color : '#000';
      context.fillText(data.label, x, y);
      context.textAlign = 'start';
      context.textBaseline = 'alphabetic';
    },
    draw: (context, data, settings) => {
      discs.push(discBox(data));
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
