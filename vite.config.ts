import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app reads only datasets/ (imported with ?url so Vite fingerprints them) and never
// calls a third-party host; the CSP in index.html enforces that at run time.
export default defineConfig({
  plugins: [react()],
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
  server: { fs: { allow: ['.'] } },
});
