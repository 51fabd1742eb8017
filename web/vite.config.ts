import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The local runtime (packages/local) serves web/dist and the API on one origin; in `npm run dev`
// the dev server forwards /api to a platform started on port 3000.
export default defineConfig({
  plugins: [react()],
  // ECharts (bar and line charts, canvas) is one ~520 kB chunk, loaded only by the dashboard.
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
