// A table that scrolls inside its own box when the screen is too narrow for it, so the page never scrolls
// sideways (WCAG 1.4.10). While it scrolls, the box can take the keyboard focus, so that it can be scrolled
// without a mouse (axe: scrollable-region-focusable); when it fits, it adds no tab stop.

import { useEffect, useRef, useState, type ReactNode } from "react";
import { Table } from "@utrecht/component-library-react";

export function Tabel({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [schuift, setSchuift] = useState(false);
  useEffect(() => {
    const houder = ref.current;
    if (!houder) return;
    const meet = () => setSchuift(houder.scrollWidth > houder.clientWidth);
    meet();
    const waarnemer = new ResizeObserver(meet);
    waarnemer.observe(houder);
    if (houder.firstElementChild) waarnemer.observe(houder.firstElementChild);
    return () => waarnemer.disconnect();
  }, []);
  return (
    <div ref={ref} className="regie-tabel-houder" tabIndex={schuift ? 0 : undefined}>
      <Table className={className}>{children}</Table>
    </div>
  );
}
