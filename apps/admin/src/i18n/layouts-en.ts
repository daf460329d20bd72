import type { layoutsId } from './layouts-id';
import type { Widen } from './panel-dictionary';

export const layoutsEn: Widen<typeof layoutsId> = {
  layouts: {
    title: { hall: 'Halls', bus: 'Buses', floor: 'Floors' },
    newTitle: { hall: 'New hall', bus: 'New bus', floor: 'New floor' },
    editTitle: 'Layout {{name}}',
    create: 'Create layout',
    saved: 'Layout {{name}} saved.',
    empty: 'No layouts yet.',
    untitled: 'New layout',
    name: 'Name',
    frontLabel: 'Front label',
    frontHint: {
      hall: 'For example SCREEN.',
      bus: 'For example DRIVER.',
      floor: 'For example Entrance.',
    },
    rows: 'Rows',
    cols: 'Columns',
    size: 'Size',
    sizeValue: '{{rows}} × {{cols}}',
    seats: 'Seats',
    blocked: 'Blocked',
    events: 'Events',
    classes: 'Seat classes',
    classesHint: 'The first class applies to every row unless the row picks another in the grid.',
    noClasses: 'This layout has no classes yet: every seat costs the event’s price.',
    className: 'Name of class {{n}}',
    classPrice: 'Price of class {{n}}',
    classTwice: 'Another class already has this name.',
    addClass: 'Add a class',
    removeClass: 'Remove class {{name}}',
    tool: 'Clicking a cell will',
    tools: { blocked: 'Block / unblock a seat', aisleCol: 'Aisle column', aisleRow: 'Aisle row' },
    toolHints: {
      blocked: 'A blocked seat stays on the map but is never sold (broken, behind a pillar).',
      aisleCol:
        'The clicked cell’s whole column becomes an aisle (or seats again). Seat numbers skip aisles.',
      aisleRow: 'The clicked cell’s whole row becomes an aisle (or seats again). Row letters skip aisles.',
    },
    gridCaption: 'Layout grid',
    rowN: 'Row {{row}}',
    rowClass: 'Class of row {{row}}',
    cellAt: 'row {{row}} column {{col}}',
    cell: { seat: 'Seat {{label}}', blocked: 'Seat {{label}} blocked', aisle: 'Aisle' },
    preview: 'Preview for customers',
    previewCount_one: '{{count}} seat, {{open}} for sale.',
    previewCount_other: '{{count}} seats, {{open}} for sale.',
    problems: {
      noSeats: 'This grid has no seats: every row or every column is an aisle.',
      classes: 'Give every class its own name and a valid price.',
      fixFirst: 'Fix the layout first: see the message in the preview.',
    },
    inUseTitle_one: 'This layout is used by {{count}} event',
    inUseTitle_other: 'This layout is used by {{count}} events',
    inUseBody:
      'Its size, aisles and row classes can no longer change, because tickets name its seats. Seats can still be blocked or unblocked, and class prices changed.',
    errors: {
      nameTaken: 'This venue already has a layout with this name.',
      hasEvents:
        'This layout has events, so its seats cannot change. Create a new layout for the new arrangement.',
      hasBookings:
        'Bookings use desks of this layout, so its arrangement cannot change. Create a new layout.',
      notFound: 'This layout was not found.',
    },
  },
};
