import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The app talks only to /api/v1 on its own origin. In development (npm run dev) Vite forwards that to a
// local `regie serve`.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // Everything in files of its own: the Content-Security-Policy allows no inline script or style.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8080" },
  },
});
