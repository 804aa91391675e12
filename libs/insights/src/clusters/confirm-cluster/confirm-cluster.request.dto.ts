import type { ConfirmClusterRequest } from '@lagspill/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class ConfirmClusterRequestDto implements ConfirmClusterRequest {
  @ApiProperty({ example: 'CGM Journal 8.4.2 synkroniserer ikke mot SFM', maxLength: 200 })
  @MaxLength(200)
  @MinLength(5)
  @IsString()
  title!: string;

  @ApiPropertyOptional({ description: "The party that answers for it; default: the system's vendor", example: 'cgm' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'party must be a party id (see GET /api/parties)' })
  @MaxLength(64)
  @IsString()
  party?: string;
}
