import { defineConfig, type Plugin } from 'vite';

/** `npm start` serves the project root; the demo lives in demo/, so / leads there. */
function demoAtRoot(): Plugin {
  return {
    name: 'event-timeline:demo-at-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [demoAtRoot()],
  server: { host: 'localhost', port: 5173 },
  esbuild: { target: 'es2022' },
});
