// The edges of a large graph drawn over several frames. In software GL (headless Chromium,
// machines without a GPU) one frame of half a million 1-pixel lines blocks the page for one
// to two seconds, however little changed: sigma draws every edge in every frame, and the
// browser waits for the drawing before it handles the next input. Here sigma's frame draws
// the nodes (and the labels) and no edges; the edges follow in the next animation frames, a
// part of the vertex buffer at a time, onto the edge canvas, which keeps what was drawn
// (preserveDrawingBuffer), so that input is handled between parts and the picture is whole
// after the last. The size of a part follows the time the frames take. Any new sigma frame
// (a camera move, a hover, a new filter) clears the canvas and starts again from the first
// part. Frames that only change the focus (hover, selection) draw every edge at once instead,
// so that the edges do not vanish and grow again under the pointer. Only the renderer this
// drawing is attached to draws in parts; another (an image export) draws whole.
import type Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, type ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** Below this many vertices (50,000 lines) every frame draws all edges at once. */
export const PROGRESSIVE_VERTICES = 100_000;
/**
 * Vertices drawn in the first part of each drawing; the next parts grow while frames are
 * quick and shrink when one is slow. A frame costs about the same below some tens of thousands of vertices
 * (on a loaded machine mostly the frame itself): parts never get smaller than MIN_PART, or a
 * drawing would take hundreds of frames.
 */
const FIRST_PART = 40_000;
const MIN_PART = 16_000;
/** A frame interval (ms) above which the next part is smaller, and below which it is larger. */
const SLOW_FRAME = 120;
const FAST_FRAME = 70;

type Progress = (drawn: number, total: number) => void;

/** Draws `count` vertices of the buffer from `first`, as sigma's drawWebGL draws all of them. */
type Range = { first: number; count: number } | null;

export class EdgeDrawing {
  private renderer: Sigma | null = null;
  private frame = 0;
  private pass = 0;
  private wholeNext = false;
  private part = FIRST_PART;
  private state: { drawn: number; total: number } = { drawn: 0, total: 0 };
  private readonly listeners = new Set<Progress>();

  /** The renderer whose frames draw their edges in parts; its new frames stop a drawing under way. */
  attach(renderer: Sigma): void {
    this.renderer = renderer;
    renderer.on('beforeRender', () => this.stop());
    // A frame that drew no edges (the camera moving) leaves the next one to draw in parts.
    renderer.on('afterRender', () => (this.wholeNext = false));
  }

  /** The next frame of sigma's draws every edge at once (a change of focus). */
  drawWholeNext(): void {
    this.wholeNext = true;
  }

  /** Whether edges are still being drawn. */
  drawing(): boolean {
    return this.state.drawn < this.state.total;
  }

  /**
   * Resolves at the first animation frame (after the next one, which draws what a change
   * scheduled) at which no drawing is under way.
   */
  done(): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.drawing()) requestAnimationFrame(check);
        else resolve();
      };
      requestAnimationFrame(() => requestAnimationFrame(check));
    });
  }

  /** Calls `listener` with the vertices drawn and to draw after each part (drawn = total when done). */
  onProgress(listener: Progress): void {
    this.listeners.add(listener);
  }

  /** Program classes: `line` draws in parts; neither reads edges back for picking (the claim graph never picks edges). */
  programs(): { line: typeof EdgeLineProgram; arrow: typeof EdgeArrowProgram } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the programs sigma constructs report to this drawing
    const drawing = this;
    class PartLineProgram extends EdgeLineProgram {
      private params: RenderParams | null = null;
      private range: Range = null;
      private uploaded = false;

      constructor(gl: WebGLRenderingContext | WebGL2RenderingContext, _picking: unknown, renderer: Sigma) {
        super(gl, null, renderer);
      }

      override render(params: RenderParams): void {
        if (!drawing.inParts(this.renderer, this.verticesCount)) return super.render(params);
        this.params = params;
        this.uploaded = false;
        drawing.start(this.verticesCount, (first, count) => this.drawPart(first, count));
      }

      /** Draws vertices [first, first + count) of the buffer uploaded by the first part. */
      private drawPart(first: number, count: number): void {
        const { gl } = this.normalProgram;
        if (!this.params || gl.isContextLost()) return;
        if (!this.uploaded) super.bindProgram(this.normalProgram);
        else this.bindAttributes(this.normalProgram);
        this.uploaded = true;
        this.range = { first, count };
        try {
          this.renderProgram(this.params, this.normalProgram);
        } finally {
          this.range = null;
          this.unbindProgram(this.normalProgram);
        }
      }

      /** Sigma's bindProgram without the upload: the buffer holds the vertices already. */
      private bindAttributes(program: ProgramInfo): void {
        const { gl } = program;
        gl.bindBuffer(gl.ARRAY_BUFFER, program.buffer);
        let offset = 0;
        for (const attribute of this.ATTRIBUTES) offset += this.bindAttribute(attribute, program, offset);
        gl.bindBuffer(gl.ARRAY_BUFFER, null);
      }

      override drawWebGL(method: number, info: ProgramInfo): void {
        if (!this.range) return super.drawWebGL(method, info);
        info.gl.bindFramebuffer(info.gl.FRAMEBUFFER, info.frameBuffer);
        info.gl.drawArrays(method, this.range.first, this.range.count);
      }
    }
    class ArrowProgram extends EdgeArrowProgram {
      constructor(gl: WebGLRenderingContext | WebGL2RenderingContext, _picking: unknown, renderer: Sigma) {
        super(gl, null, renderer);
      }
    }
    return {
      line: PartLineProgram as unknown as typeof EdgeLineProgram,
      arrow: ArrowProgram as unknown as typeof EdgeArrowProgram,
    };
  }

  /** Whether this frame of `renderer` draws `vertices` edge vertices in parts. */
  private inParts(renderer: Sigma, vertices: number): boolean {
    const whole = this.wholeNext;
    this.wholeNext = false;
    return !whole && renderer === this.renderer && vertices >= PROGRESSIVE_VERTICES;
  }

  /** Starts a drawing of `total` vertices, a part per animation frame. */
  private start(total: number, draw: (first: number, count: number) => void): void {
    const pass = ++this.pass;
    // Each drawing starts small (its first frames show the change soonest) and grows by at most half a part a frame.
    this.part = FIRST_PART;
    this.state = { drawn: 0, total };
    this.report();
    let last = 0;
    const step = (now: number): void => {
      if (pass !== this.pass) return;
      if (last) {
        const took = now - last;
        if (took > SLOW_FRAME) this.part = Math.max(MIN_PART, Math.round(this.part * 0.6));
        else if (took < FAST_FRAME) this.part = Math.round(this.part * 1.5);
      }
      last = now;
      const first = this.state.drawn;
      // Lines are pairs of vertices: a part never splits one.
      const count = Math.min(total - first, this.part - (this.part % 2));
      draw(first, count);
      this.state = { drawn: first + count, total };
      this.report();
      this.frame = this.drawing() ? requestAnimationFrame(step) : 0;
    };
    // Sigma's frame (nodes, labels) is drawn first; the edges start in the next one.
    this.frame = requestAnimationFrame(step);
  }

  /** Stops a drawing under way (a new frame of sigma's cleared the canvas). */
  private stop(): void {
    this.pass++;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.drawing()) {
      this.state = { drawn: 0, total: 0 };
      this.report();
    }
  }

  private report(): void {
    const { drawn, total } = this.state;
    for (const listener of this.listeners) listener(drawn, total);
  }
}

/**
 * Creates sigma's renderer with an edge canvas that keeps its drawing between frames (what
 * drawing in parts needs; sigma makes its WebGL contexts without that option).
 */
export function keepingEdgeCanvas<T>(create: () => T): T {
  const prototype = HTMLCanvasElement.prototype;
  const getContext = prototype.getContext;
  prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
    const keep = this.classList.contains('sigma-edges') && type.startsWith('webgl');
    return getContext.call(this, type, keep ? { ...(options as object), preserveDrawingBuffer: true } : options);
  } as typeof getContext;
  try {
    return create();
  } finally {
    prototype.getContext = getContext;
  }
}
