// The code-page libraries, 1.7 MB of code that only a file that is not UTF-8 needs. The build makes them a file
// of their own (dist/legacyDecoders.js) that decode.ts loads on first use, so that the extension host and every
// parse worker start without reading or compiling them.
import * as iconvLite from 'iconv-lite';
import * as jschardet from 'jschardet';

export { iconvLite, jschardet };
