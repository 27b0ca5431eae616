import { defineConfig, type Plugin } from 'vite';

/**
 * What the site's host would do: send a strict Content Security Policy with every page,
 * and receive the demo analytics beacons at /collect. Only the preview server (the built
 * site) is used: Vite's dev server injects inline scripts that this policy forbids.
 */
function siteServer(): Plugin {
  return {
    name: 'ddscp-site-server',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        response.setHeader('Content-Security-Policy', "default-src 'self'");
        response.setHeader('Referrer-Policy', 'same-origin');
        response.setHeader('X-Content-Type-Options', 'nosniff');
        if (request.url?.startsWith('/collect')) {
          response.statusCode = 204;
          response.end();
          return;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [siteServer()],
  build: {
    rollupOptions: {
      input: { index: 'index.html', cookies: 'cookies.html' },
    },
  },
  preview: {
    port: Number(process.env.PORT ?? 8080),
    strictPort: true,
    // The subdomain test reaches the site as www.ddscp.test and reviews.ddscp.test.
    allowedHosts: ['.ddscp.test'],
  },
});
