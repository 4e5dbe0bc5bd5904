import { IsBoolean, IsEmail, IsString, MaxLength } from 'class-validator';
import type { BounceReport } from '@spiegel/domain';

export class BounceReportDto implements BounceReport {
  @IsString()
  @MaxLength(200)
  @IsEmail({}, { message: 'recipient: een e-mailadres' })
  recipient: string;

  @IsBoolean()
  permanent: boolean;
}
