import type { RejectClusterRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class RejectClusterRequestDto implements RejectClusterRequest {
  @ApiProperty({ example: 'Ulike feil som tilfeldigvis traff samme uke', maxLength: 1000 })
  @MaxLength(1000)
  @MinLength(3)
  @IsString()
  reason!: string;
}
