import { DEMO_PASSWORD, DemoShopper, SHOPPERS } from './demo-data';

/**
 * Customer-service agents of the demo store (SAP Commerce employees in `asagentgroup`, who log in
 * through the Assisted Service Module). `customers` are the customers Commerce lets the agent act
 * for; OCC refuses the agent's token for anybody else.
 */
export interface DemoAgent {
  uid: string;
  password: string;
  name: string;
  groups: string[];
  customers: string[];
}

export const AGENTS: DemoAgent[] = [
  {
    uid: 'asagent',
    password: DEMO_PASSWORD,
    name: 'Sam Service',
    groups: ['asagentgroup', 'customermanagergroup'],
    customers: ['anna.schmidt@example.com', 'ben.miller@example.com'],
  },
];

export function findAgent(uid: string): DemoAgent | undefined {
  const wanted = uid.toLowerCase();
  return AGENTS.find((a) => a.uid === wanted);
}

/** The customer a `{userId}` path segment names: OCC accepts the uid or, for ASM, the customerId. */
export function findCustomer(userId: string): DemoShopper | undefined {
  const wanted = userId.toLowerCase();
  return SHOPPERS.find((s) => s.uid === wanted || s.customerId === wanted);
}

export function agentMayAssist(agent: DemoAgent, customer: DemoShopper): boolean {
  return agent.groups.includes('asagentgroup') && agent.customers.includes(customer.uid);
}
