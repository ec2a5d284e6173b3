// library: aws-cdk-lib (aws-ec2 security groups) in TypeScript
import { Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export class NetworkStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });

    const web = new ec2.SecurityGroup(this, 'Web', { vpc, allowAllOutbound: true });
    web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS from anywhere');
    web.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.tcp(443), 'HTTPS from anywhere (v6)');

    const bastion = new ec2.SecurityGroup(this, 'Bastion', { vpc });
    // expect: open-security-group
    bastion.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'SSH');
    bastion.addIngressRule(ec2.Peer.ipv4('203.0.113.0/24'), ec2.Port.tcp(22), 'SSH from office');

    const db = new ec2.SecurityGroup(this, 'Db', { vpc, allowAllOutbound: false });
    db.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(5432), 'Postgres from VPC');
    // expect: open-security-group
    db.addIngressRule(ec2.Peer.ipv4('0.0.0.0/0'), ec2.Port.tcp(5432), 'temporary: vendor access');

    const win = new ec2.SecurityGroup(this, 'Windows', { vpc });
    // expect: open-security-group
    win.connections.allowFrom(ec2.Peer.anyIpv4(), ec2.Port.tcp(3389), 'RDP');

    const legacy = new ec2.SecurityGroup(this, 'Legacy', { vpc });
    // expect: open-security-group
    legacy.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.allTraffic());
  }
}
