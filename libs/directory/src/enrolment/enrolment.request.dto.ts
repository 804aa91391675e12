import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { EnrolmentStatus } from '@lagspill/domain';

export class OrganisationChoiceRequestDto {
  @ApiProperty({ description: 'Part of the name, or a whole orgnr or HER-id' })
  @MaxLength(100)
  @IsString()
  q!: string;
}

export class EnrolmentListRequestDto {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'refused'] })
  @IsOptional()
  @IsIn(['pending', 'approved', 'refused'])
  status?: EnrolmentStatus;
}
