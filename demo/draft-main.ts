import { EXAMPLE_TEXT, mountDraftPage } from './draft-page';

// draft.html: the page's elements are in the document; it starts with the example text.
const page = mountDraftPage(document);
if (!page.input.value.trim()) page.setText(EXAMPLE_TEXT);
