export interface DemoShopper {
  uid: string;
  password: string;
  name: string;
}

export const anna: DemoShopper = {
  uid: 'anna.schmidt@example.com',
  password: 'Demo1234!',
  name: 'Anna Schmidt',
};

export const ben: DemoShopper = {
  uid: 'ben.miller@example.com',
  password: 'Demo1234!',
  name: 'Ben Miller',
};

export const chris: DemoShopper = {
  uid: 'chris.new@example.com',
  password: 'Demo1234!',
  name: 'Chris New',
};

/** B2B demo users of the powertools-spa site (projects/sandbox/src/data/demo-org.ts). */
export const linda: DemoShopper = {
  uid: 'linda.wolf@rustic-hw.com',
  password: 'Demo1234!',
  name: 'Linda Wolf',
};

export const hanna: DemoShopper = {
  uid: 'hanna.schmidt@rustic-hw.com',
  password: 'Demo1234!',
  name: 'Hanna Schmidt',
};

export const william: DemoShopper = {
  uid: 'william.hunter@rustic-hw.com',
  password: 'Demo1234!',
  name: 'William Hunter',
};
