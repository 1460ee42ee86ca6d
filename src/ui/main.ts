/** Browser entry: CSP-safe zod first, then the app. */
import './zod-jitless.ts';
import './styles.css';
import './app.ts';
