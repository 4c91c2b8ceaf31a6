/**
 * After `npm run build`: says where the static site is and how to host it. dist/ is plain files
 * with relative URLs, so any static host serves it, at any path.
 */
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export function howToHost(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'how-to-host',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After the service worker is written, so this is the last thing the build prints.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (config.logLevel === 'silent' || config.logLevel === 'error') return;
        const out = path.relative(process.cwd(), path.resolve(config.root, config.build.outDir));
        config.logger.info(
          [
            '',
            `The site is in ${out}/ — plain static files with relative links.`,
            `  Host it: copy everything in ${out}/ to any web server or static host, at any path`,
            '    (https://school.example/atlas/ works as well as a domain of its own). No server code.',
            '  Try it here: npm run preview  (or npm start -- --lan for students’ phones on this network)',
            '  After the first visit it works offline and can be installed as an app.',
            '  One file for a USB stick instead: npm run build:single',
            '',
          ].join('\n'),
        );
      },
    },
  };
}
