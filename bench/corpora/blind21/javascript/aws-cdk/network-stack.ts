// aws-cdk: VPC and security groups for a web tier, bastion, database and cache
import { Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export interface NetworkStackProps extends StackProps {
  officeCidr: string;
}

export class NetworkStack extends Stack {
  public readonly vpc: ec2.Vpc;
  public readonly dbSg: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: NetworkStackProps) {
    super(scope, id, props);

    this.vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 1 });

    const albSg = new ec2.SecurityGroup(this, 'AlbSg', { vpc: this.vpc, description: 'public load balancer', allowAllOutbound: true });
    albSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS from anywhere');
    albSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP redirect to HTTPS');
    albSg.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.tcp(443), 'HTTPS over IPv6');

    const appSg = new ec2.SecurityGroup(this, 'AppSg', { vpc: this.vpc, allowAllOutbound: true });
    appSg.addIngressRule(albSg, ec2.Port.tcp(8080), 'from the ALB only');
    // expect: open-security-group
    appSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh for debugging');

    const bastionSg = new ec2.SecurityGroup(this, 'BastionSg', { vpc: this.vpc });
    bastionSg.addIngressRule(ec2.Peer.ipv4(props.officeCidr), ec2.Port.tcp(22), 'ssh from the office');

    this.dbSg = new ec2.SecurityGroup(this, 'DbSg', { vpc: this.vpc, allowAllOutbound: false });
    this.dbSg.addIngressRule(appSg, ec2.Port.tcp(5432), 'postgres from app');
    this.dbSg.addIngressRule(bastionSg, ec2.Port.tcp(5432), 'postgres from bastion');
    // expect: open-security-group
    this.dbSg.addIngressRule(ec2.Peer.ipv4('0.0.0.0/0'), ec2.Port.tcp(5432), 'temporary: BI tool');

    const cacheSg = new ec2.SecurityGroup(this, 'CacheSg', { vpc: this.vpc });
    cacheSg.connections.allowFrom(appSg, ec2.Port.tcp(6379));
    cacheSg.addIngressRule(ec2.Peer.ipv4(this.vpc.vpcCidrBlock), ec2.Port.tcp(6379), 'redis inside the VPC');

    const workerSg = new ec2.SecurityGroup(this, 'WorkerSg', { vpc: this.vpc });
    // expect: open-security-group
    workerSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.allTraffic(), 'quick fix for the queue consumer');

    const rdpHost = new ec2.Instance(this, 'ReportingHost', {
      vpc: this.vpc,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM),
      machineImage: ec2.MachineImage.latestWindows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE),
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    });
    // expect: open-security-group
    rdpHost.connections.allowFromAnyIpv4(ec2.Port.tcp(3389), 'RDP');
    rdpHost.connections.allowFrom(bastionSg, ec2.Port.tcp(3389), 'RDP via bastion');

    const nlbSg = new ec2.CfnSecurityGroup(this, 'LegacySg', {
      vpcId: this.vpc.vpcId,
      groupDescription: 'legacy mqtt ingress',
      securityGroupIngress: [
        { ipProtocol: 'tcp', fromPort: 8883, toPort: 8883, cidrIp: '0.0.0.0/0' },
        // expect: open-security-group
        { ipProtocol: 'tcp', fromPort: 1883, toPort: 1883, cidrIp: '0.0.0.0/0', description: 'plain mqtt' },
        { ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '10.0.0.0/8' },
      ],
    });
    nlbSg.addMetadata('owner', 'iot-team');
  }
}
