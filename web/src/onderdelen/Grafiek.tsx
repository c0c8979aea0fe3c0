// A bar chart with Chart.js, registered with only what it draws. The canvas is an image with a short
// description; the figures themselves are always in a table next to it. Values below 5 arrive as null and
// are left out of the chart.

import { useEffect, useRef } from "react";
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Distinguishable in greyscale and for the common colour-vision deficiencies.
const kleuren = ["#1f3a5f", "#c75300", "#1e6b34", "#6e0b10", "#7a6a00", "#4a4f55"];

/** The regiekaart's colours as the stylesheet defines them (--regie-niveau-…), for series per level. */
export function niveauKleur(kleur: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--regie-niveau-${kleur}`).trim() || "#4a4f55";
}

interface Props {
  labels: string[];
  // `kleur`: the series' own colour, or one per bar (levels); else one from the palette.
  reeksen: { label: string; waarden: (number | null)[]; kleur?: string | string[] }[];
  gestapeld?: boolean;
  liggend?: boolean;  // bars from left to right: for many categories with long names
  beschrijving: string;
}

export function Grafiek({ labels, reeksen, gestapeld = false, liggend = false, beschrijving }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const grafiek = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels,
        // A dark edge keeps a light colour (level 2, yellow) visible against the white background.
        datasets: reeksen.map((r, i) => ({
          label: r.label, data: r.waarden, backgroundColor: r.kleur ?? kleuren[i % kleuren.length],
          borderColor: "#1b1e22", borderWidth: r.kleur ? 1 : 0,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: reeksen.length > 1, position: "bottom" } },
        indexAxis: liggend ? "y" : "x",
        scales: liggend
          ? { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } }
          : { x: { stacked: gestapeld }, y: { stacked: gestapeld, beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => grafiek.destroy();
  }, [labels, reeksen, gestapeld, liggend]);
  return (
    <div className="regie-grafiek" style={liggend ? { blockSize: `${3 + labels.length * 1.6}rem` } : undefined}>
      <canvas ref={canvas} role="img" aria-label={beschrijving} />
    </div>
  );
}
