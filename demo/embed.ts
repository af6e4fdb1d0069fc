// The live example of the embed page: the same code as the page shows, from the sources.
import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';

const timeline = document.querySelector<EventTimeline>('#example');
if (timeline) {
  timeline.events = [
    { id: 'www', start: '1991-08-06', title: 'The first website goes online' },
    { id: 'mosaic', start: '1993-04', title: 'Mosaic browser released' },
    { id: 'css', start: '1996-12-17', title: 'CSS level 1 published' },
    { id: 'ajax', start: '2005~', title: 'Ajax becomes a word' },
    { id: 'html5', start: '2014-10-28', title: 'HTML5 becomes a Recommendation' },
  ];
  timeline.addEventListener('timeline-select', (e) => console.log(e.detail.event.title));
}
