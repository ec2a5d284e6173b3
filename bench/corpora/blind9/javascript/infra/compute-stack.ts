// library: aws-cdk-lib (aws-ec2 volumes and instances) in TypeScript
import { Size, Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export interface ComputeProps extends StackProps {
  vpc: ec2.IVpc;
}

export class ComputeStack extends Stack {
  constructor(scope: Construct, id: string, props: ComputeProps) {
    super(scope, id, props);

    const worker = new ec2.Instance(this, 'Worker', {
      vpc: props.vpc,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      blockDevices: [
        { deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(30, { encrypted: true }) },
        // expect: unencrypted-resource
        { deviceName: '/dev/sdf', volume: ec2.BlockDeviceVolume.ebs(200, { encrypted: false }) },
      ],
    });

    new ec2.Volume(this, 'Scratch', {
      availabilityZone: worker.instanceAvailabilityZone,
      size: Size.gibibytes(100),
      // expect: unencrypted-resource
      encrypted: false,
    });

    new ec2.Volume(this, 'Data', {
      availabilityZone: worker.instanceAvailabilityZone,
      size: Size.gibibytes(500),
      encrypted: true,
    });
  }
}
