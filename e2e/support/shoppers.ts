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
